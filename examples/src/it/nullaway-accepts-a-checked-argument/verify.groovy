// The build succeeded (invoker.properties) under the same checks that fail the bad twin: NullAway reported nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('[NullAway]') : 'NullAway reported the checked call'
assert new File(basedir, 'target/classes/io/github/coplan/nullness/Greeting.class').exists()

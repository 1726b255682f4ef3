// The build failed (invoker.properties); it must have failed on NullAway's error at the call, and on nothing else.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("Greeting.java:[27,18] [NullAway] passing @Nullable parameter 'name' where @NonNull is required") : 'no NullAway error at the call in build.log'
assert !new File(basedir, 'target/classes/io/github/coplan/nullness/Greeting.class').exists()

///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void worker(int workerId, Map<Integer, Integer> resultMap, Lock lock) {
    lock.lock(); // <1>
    try {
        resultMap.put(workerId, ThreadLocalRandom.current().nextInt(100)); // <2>
        IO.println("Task completed by worker " + workerId);
    } finally {
        lock.unlock();
    }
}

void main() {
    IO.println("Starting main");
    var lock = new ReentrantLock();
    var resultMap = new TreeMap<Integer, Integer>(); // <3>
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int workerId : List.of(1, 2, 3)) {
            executor.submit(() -> worker(workerId, resultMap, lock)); // <4>
        }
    }
    lock.lock(); // <5>
    try {
        IO.println("Exiting main with result " + resultMap);
    } finally {
        lock.unlock();
    }
}
// end::main[]

/* Output:
@# The workers finish in any order; the map always has exactly the keys 1, 2 and 3,
@# each with a random value in 0..99 (nextInt(100), like Go's rand.Intn(100)).
Starting main
@unordered
Task completed by worker 1
Task completed by worker 2
Task completed by worker 3
@end
Exiting main with result {{1={int 0..99}, 2={int 0..99}, 3={int 0..99}}
*/

/* Sample output:
Starting main
Task completed by worker 1
Task completed by worker 2
Task completed by worker 3
Exiting main with result {1=58, 2=37, 3=79}
*/

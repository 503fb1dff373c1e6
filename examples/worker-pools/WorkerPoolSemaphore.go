// The Go program of the chapter's buffered-channel semaphore, run by the build and checked against
// the expectation of WorkerPoolSemaphore.java: one goroutine per job, at most three working.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

var inFlight, maxInFlight, goroutinesUsed atomic.Int32
var results [10]int
var done sync.WaitGroup

func work(j int) {
	defer done.Done()
	goroutinesUsed.Add(1)
	now := inFlight.Add(1)
	for m := maxInFlight.Load(); now > m && !maxInFlight.CompareAndSwap(m, now); m = maxInFlight.Load() {
	}
	fmt.Println("processing job", j)
	time.Sleep(300 * time.Millisecond) // simulated work
	results[j] = j * 2
	inFlight.Add(-1)
}

func main() {
	start := time.Now()
	jobs := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	done.Add(len(jobs))
	// tag::main[]
	sem := make(chan struct{}, 3)
	for _, j := range jobs {
		sem <- struct{}{} // take a permit (blocks while three are out)
		go func(j int) { defer func() { <-sem }(); work(j) }(j)
	}
	// end::main[]
	done.Wait()
	for j, result := range results {
		fmt.Printf("job %d -> result %d\n", j, result)
	}
	fmt.Println("threads used:", goroutinesUsed.Load())
	fmt.Println("max in flight:", maxInFlight.Load())
	fmt.Println("elapsed:", time.Since(start).Truncate(time.Millisecond))
}

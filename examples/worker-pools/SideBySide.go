//go:build go1.25

// The Go half of the chapter's side-by-side listing, checked against the expectation of
// SideBySide.java. It needs Go 1.25 for WaitGroup.Go (and Go 1.22 for ranging over an integer).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var sum atomic.Int64

func worker(id int, jobs <-chan int) {
	for j := range jobs {
		fmt.Println("processing job", j)
		sum.Add(int64(j * 2))
	}
}

func main() {
	// tag::main[]
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := range 3 {
		wg.Go(func() { worker(w, jobs) })
	}
	for j := range 10 {
		jobs <- j
	}
	close(jobs) // each worker's range loop ends
	wg.Wait()
	// end::main[]
	fmt.Println("sum of results:", sum.Load())
}

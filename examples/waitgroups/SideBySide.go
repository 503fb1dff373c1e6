//go:build go1.22

// The Go half of the chapter's side-by-side listing, checked against the expectation of
// SideBySide.java. It needs Go 1.22: ranging over an integer, and a fresh pid in each iteration.
package main

import (
	"fmt"
	"sync"
	"time"
)

func process(pid int) {
	fmt.Println("Started process", pid)
	time.Sleep(100 * time.Millisecond)
	fmt.Println("Completed process", pid)
}

func main() {
	// tag::main[]
	var wg sync.WaitGroup
	wg.Add(3)
	for pid := range 3 {
		go func() {
			defer wg.Done()
			process(pid)
		}()
	}
	wg.Wait()
	// end::main[]
	fmt.Println("All processes completed")
}

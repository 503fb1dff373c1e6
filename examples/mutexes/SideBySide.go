// The Go half of the chapter's side-by-side listing, run by the build and checked against the
// expectation of SideBySide.java.
package main

import (
	"fmt"
	"sync"
)

// tag::main[]
var mu sync.Mutex
var counter int // guarded by mu
func increment() {
	mu.Lock()
	defer mu.Unlock()
	counter++
}

// end::main[]

func main() {
	var tasks sync.WaitGroup
	tasks.Add(4)
	for t := 0; t < 4; t++ {
		go func() {
			defer tasks.Done()
			for i := 0; i < 10_000; i++ {
				increment()
			}
		}()
	}
	tasks.Wait()
	mu.Lock()
	defer mu.Unlock()
	fmt.Println("counter:", counter)
}

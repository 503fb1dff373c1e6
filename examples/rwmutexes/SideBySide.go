// The Go half of the chapter's side-by-side listing, run by the build and checked against the
// expectation of SideBySide.java.
package main

import (
	"fmt"
	"sync"
)

var rw sync.RWMutex
var entries []string // guarded by rw

// tag::main[]
func count() int {
	rw.RLock() // shared with other readers
	defer rw.RUnlock()
	return len(entries)
}
func add(e string) {
	rw.Lock() // alone: no readers, no other writer
	defer rw.Unlock()
	entries = append(entries, e)
}

// end::main[]

func main() {
	var writers sync.WaitGroup
	writers.Add(4)
	for w := 0; w < 4; w++ {
		go func(writer int) {
			defer writers.Done()
			for i := 0; i < 250; i++ {
				add(fmt.Sprintf("entry %d.%d", writer, i))
			}
		}(w)
	}
	writers.Wait()
	var readers sync.WaitGroup
	readers.Add(3)
	for r := 0; r < 3; r++ {
		go func(reader int) {
			defer readers.Done()
			fmt.Println("reader", reader, "counted", count())
		}(r)
	}
	readers.Wait()
}

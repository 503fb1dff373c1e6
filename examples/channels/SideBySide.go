// The Go half of the chapter's side-by-side listing, run by the build and checked against the
// expectation of SideBySide.java.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	// tag::main[]
	ch := make(chan string)
	go func() {
		time.Sleep(time.Second)
		ch <- "hello"
	}()
	msg := <-ch
	fmt.Println(msg)
	// end::main[]
	fmt.Printf("received after %dms\n", time.Since(start).Milliseconds())
}

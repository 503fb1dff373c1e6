// Starts COUNT (default 1,000,000) goroutines that each sleep one second, waits for all of them
// with a WaitGroup, and prints the time from the first start to the last finish: the Go side of
// bench/million (go run bench/million.go [count]).
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"
)

func main() {
	count := 1_000_000
	if len(os.Args) > 1 {
		n, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, "count must be a number:", os.Args[1])
			os.Exit(2)
		}
		count = n
	}
	start := time.Now()
	var wg sync.WaitGroup
	wg.Add(count)
	for i := 0; i < count; i++ {
		go func() {
			defer wg.Done()
			time.Sleep(time.Second)
		}()
	}
	started := time.Since(start)
	wg.Wait()
	fmt.Printf("go: %d tasks slept 1s each, all started in %.2fs, all done in %.2fs\n",
		count, started.Seconds(), time.Since(start).Seconds())
}

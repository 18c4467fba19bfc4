package main

import (
	"fmt"
	"os"
	"sync"
)

type Job struct {
	ID   int
	Cost int
}

func validate(j Job) error {
	if j.Cost < 0 {
		return fmt.Errorf("job %d: negative cost %d", j.ID, j.Cost)
	}
	return nil
}

func main() {
	defer fmt.Println("never printed")
	jobs := []Job{{1, 5}, {2, 7}, {3, -1}}
	var wg sync.WaitGroup
	errs := make([]error, len(jobs))
	for i, j := range jobs {
		wg.Add(1)
		go func(i int, j Job) {
			defer wg.Done()
			errs[i] = validate(j)
		}(i, j)
	}
	wg.Wait()
	total := 0
	for i, err := range errs {
		if err != nil {
			fmt.Println("error:", err)
			os.Exit(3)
		}
		total += jobs[i].Cost
		fmt.Println("ok", jobs[i].ID, total)
	}
}

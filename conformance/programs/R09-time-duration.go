package main

import (
	"fmt"
	"time"
)

type Task struct {
	Name string
	Cost time.Duration
}

func main() {
	ds := []time.Duration{0, 1, 999, 1500, 250 * time.Millisecond, 1500 * time.Millisecond,
		90 * time.Second, 2*time.Hour + 3*time.Minute + 4*time.Second, -5 * time.Second, 1234567890}
	for _, d := range ds {
		fmt.Printf("%v|%s|%d\n", d, d, int64(d))
	}
	fmt.Println(time.Second, time.Minute, time.Hour, time.Millisecond, time.Microsecond, time.Nanosecond)
	d := 3*time.Minute + 30*time.Second
	fmt.Println(d.Seconds(), d.Minutes(), d.Hours() < 1, d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Printf("%.1f minutes, %T\n", d.Minutes(), d)

	tasks := []Task{{"compile", 1200 * time.Millisecond}, {"test", 45 * time.Second}, {"deploy", 2 * time.Minute}}
	var total time.Duration
	for _, t := range tasks {
		total += t.Cost
		fmt.Printf("%-8s %8v\n", t.Name, t.Cost)
	}
	fmt.Println("total", total, "average", total/time.Duration(len(tasks)))
	fmt.Println(tasks[0])

	start := time.Now()
	time.Sleep(50 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println("slept at least 50ms:", elapsed >= 50*time.Millisecond, "less than 1s:", elapsed < time.Second)
	t1 := time.Now()
	time.Sleep(20 * time.Millisecond)
	t2 := time.Now()
	fmt.Println("sub >= 20ms:", t2.Sub(t1) >= 20*time.Millisecond)

	timeout := 2 * time.Second
	fmt.Printf("retry in %v (%d ms)\n", timeout/4, (timeout / 4).Milliseconds())
	n := 3
	fmt.Println(time.Duration(n)*time.Second, time.Duration(n*100)*time.Microsecond)
}

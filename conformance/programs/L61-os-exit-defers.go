package main

import (
	"fmt"
	"os"
	"strconv"
)

type Config struct {
	Workers int
	Name    string
}

func parse(args map[string]string) (Config, error) {
	var c Config
	n, err := strconv.Atoi(args["workers"])
	if err != nil {
		return c, fmt.Errorf("workers: %v", err)
	}
	if n <= 0 {
		return c, fmt.Errorf("workers must be positive, got %d", n)
	}
	c.Workers = n
	c.Name = args["name"]
	return c, nil
}

func main() {
	defer fmt.Println("this deferred line is skipped by os.Exit")
	good, err := parse(map[string]string{"workers": "4", "name": "svc"})
	fmt.Printf("%+v %v\n", good, err)
	_, err = parse(map[string]string{"workers": "four"})
	fmt.Println(err)
	if _, err := parse(map[string]string{"workers": "-2"}); err != nil {
		fmt.Println("fatal:", err)
		os.Exit(3)
	}
	fmt.Println("unreachable")
}

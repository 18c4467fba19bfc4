package main

import "fmt"

type Plugin struct {
	Name string
	Run  func(int) int
}

func main() {
	plugins := []Plugin{
		{"double", func(x int) int { return x * 2 }},
		{"square", func(x int) int { return x * x }},
		{Name: "broken"},
	}
	v := 3
	for _, p := range plugins {
		v = p.Run(v)
		fmt.Println(p.Name, v)
	}
}

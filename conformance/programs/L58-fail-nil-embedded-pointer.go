package main

import "fmt"

type Engine struct {
	HP int
}

func (e *Engine) Start() string { return fmt.Sprint("vroom ", e.HP) }

type Car struct {
	*Engine
	Model string
}

func main() {
	cars := []Car{{&Engine{150}, "a"}, {&Engine{300}, "b"}, {Model: "c"}}
	for _, c := range cars {
		fmt.Println(c.Model, c.Start())
	}
}

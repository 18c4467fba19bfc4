package main

import "fmt"

type Animal interface{ Sound() string }
type Named interface{ Name() string }

type Dog struct{ name string }

func (d Dog) Sound() string { return "woof" }

type Cat struct{ name string }

func (c Cat) Sound() string { return "meow" }
func (c Cat) Name() string  { return c.name }

func main() {
	zoo := []Animal{Cat{"tom"}, Dog{"rex"}}
	for _, a := range zoo {
		if n, ok := a.(Named); ok {
			fmt.Println(n.Name(), "says", a.Sound())
		} else {
			fmt.Println("anonymous animal says", a.Sound())
		}
	}
	var x interface{} = zoo[1]
	_, isAnimal := x.(Animal)
	fmt.Println("isAnimal", isAnimal)
	n := x.(Named)
	fmt.Println(n.Name())
}

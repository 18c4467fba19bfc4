package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{}

func (Dog) Sound() string { return "woof" }
func (Cat) Sound() string { return "meow" }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return "string " + x
	case Animal:
		return "animal says " + x.Sound()
	case []int:
		return fmt.Sprint("ints ", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	things := []interface{}{42, "hi", Dog{}, Cat{}, []int{1, 2}, 2.5, nil}
	for _, t := range things {
		fmt.Println(describe(t))
	}
	var a Animal = Dog{}
	if c, ok := a.(Cat); ok {
		fmt.Println("unexpected", c)
	} else {
		fmt.Println("a is not a Cat")
	}
	n, ok := things[1].(int)
	fmt.Println(n, ok)
	total := 0
	for _, t := range things {
		total += t.(int)
	}
	fmt.Println(total)
}

package main

import "fmt"

type Bad struct{ n int }

func (b Bad) String() string {
	if b.n < 0 {
		panic("negative")
	}
	return fmt.Sprint("Bad#", b.n)
}

type Node struct{ val int }

func (n *Node) String() string { return fmt.Sprint("node ", n.val) }

func main() {
	fmt.Println(Bad{1}, Bad{-1})
	fmt.Printf("%v|%s|%d\n", Bad{-2}, Bad{-3}, Bad{4})
	var np *Node
	fmt.Println(np, &Node{7})
	fmt.Printf("%v %+v\n", []*Node{{1}, nil}, struct{ N *Node }{nil})
	fmt.Println("still running")
}

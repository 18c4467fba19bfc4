package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Sum() int {
	s := 0
	for ; n != nil; n = n.Next {
		s += n.Val
	}
	return s
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(list.Sum())
	var empty *Node
	fmt.Println(empty.Sum())
	fmt.Println(list.Next.Next.Next.Val)
}

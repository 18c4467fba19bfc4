package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []Inner
	M     map[string]int
	Any   interface{}
	Err   error
	Fn    func()
	Ch    chan int
	flag  bool
	Bytes []byte
	F     float64
}

type Tree struct {
	Val         int
	Left, Right *Tree
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Wrapper struct {
	T    Temp
	TPtr *Temp
}

func main() {
	o := Outer{Name: "o", In: Inner{1, "x"}, List: []Inner{{2, "y"}}, M: map[string]int{"k": 1, "a": 2}, Any: Inner{3, "z"}, F: 2.5}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	o.Ptr = &Inner{4, "w"}
	fmt.Printf("%v\n", o.Ptr)
	fmt.Printf("%+v\n", o.Ptr)
	fmt.Println(o.In, &o.In, []*int{nil})
	t := &Tree{1, &Tree{Val: 2}, nil}
	fmt.Printf("%v %+v\n", t.Right, *t.Left)
	tp := Temp(21.5)
	w := Wrapper{tp, &tp}
	fmt.Println(tp, w.T)
	fmt.Printf("%v %s %d\n", []Temp{1, 2}, tp, []int{1, 2})
	fmt.Printf("%T %T %T %T\n", o, &o, o.List, o.M)
	fmt.Printf("[%5d] [%-5d] [%05d] [%x] [%X] [%o] [%b]\n", 42, 42, 42, 255, 255, 8, 5)
	fmt.Printf("[%8.3f] [%-8.2f] [%e] [%g]\n", 3.14159, 2.5, 123456.789, 0.000012)
	fmt.Printf("[%10s] [%-10s] [%q] [%c] [%U]\n", "hi", "hi", "q\"s", 'G', 'G')
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%v %v\n", [2]bool{true}, struct {
		X int
		Y []string
	}{1, nil})
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	var ip *int
	var e error
	fmt.Println(ip, e, o.Fn == nil, o.Ch)
	fmt.Printf("%+v %v\n", e, []error{nil, fmt.Errorf("x")})
}

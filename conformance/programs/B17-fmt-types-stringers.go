package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Level int

func (l *Level) String() string { return fmt.Sprintf("L%d", int(*l)) }

type Both struct{ msg string }

func (b Both) String() string { return "string:" + b.msg }
func (b Both) Error() string  { return "error:" + b.msg }

type Wrapper struct {
	Temp  Celsius
	Lvl   Level
	Err   error
	Inner *Both
}

func main() {
	temps := []Celsius{21.5, -3}
	fmt.Println(temps, temps[0])
	fmt.Printf("%v %s %.2f %d\n", temps[1], temps[1], temps[1], 7)
	l := Level(3)
	fmt.Println(l, &l)
	fmt.Printf("%v %v %d\n", l, &l, l)
	fmt.Println(Both{"x"})
	fmt.Printf("%v|%s|%q\n", Both{"y"}, Both{"y"}, Both{"z"})
	w := Wrapper{Temp: 10, Lvl: 2}
	fmt.Printf("%v\n%+v\n", w, w)
	w.Err = errors.New("bad")
	fmt.Println(w.Err, w.Temp)
	fmt.Printf("%T %T %T %T\n", temps, &l, w.Err, w)
	fmt.Printf("%T %T %T\n", func(int) string { return "" }, map[string][]int{}, make(chan<- bool))
	fmt.Printf("%T %T %T %T\n", []interface{}{1}, struct{ A int }{1}, nil, 'x')
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.5, true, false), fmt.Sprint(1, 2), fmt.Sprint("a", "b"))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
	fmt.Printf("%s %d %v\n", 5, "five", []error{nil, errors.New("e")})
	fmt.Printf("%v %v\n", []*int{nil}, map[string]interface{}{"b": nil, "a": []int{1}})
	fmt.Printf("%6.2v|%-8v|%8v|\n", 3.14159, "ab", Celsius(1))
	fmt.Printf("%v %v %v %v\n", 1e6, 1e21, 123456789.0, float32(2.5))
	fmt.Println(1e6, 1e21, 100000000.0, 0.0001, 1.0, -0.0, 2.0/3)
	var ip *int
	var e error
	fmt.Println(ip == nil, e, ip)
	fmt.Printf("%d%%|%c|%v|%x\n", 50, 0x263A, 'a', "\xff")
}

package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

const Pi = 3.14159265358979
const Big = 1 << 100
const Half = Big >> 99
const typed int32 = 1<<31 - 1
const f2i = int(2.0 * 3.5)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[d]
}

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Printf("%d %d %d\n", Sunday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x2, x3)
	fl := FlagA | FlagC
	fmt.Println(fl, fl&FlagC != 0, fl&FlagB != 0, FlagD, ^FlagA)
	fmt.Printf("%08b %T\n", fl, fl)
	fmt.Println(Half, typed, f2i)
	fmt.Println(Pi*2, int(Pi*1000-0.59265358979))
	var f float64 = Big / (1 << 98)
	fmt.Println(f)
	const c = 10 / 4
	const d = 10 / 4.0
	fmt.Println(c, d, 7%3, -7%3, -7/2)
	var w Weekday = 2
	fmt.Printf("%v %d %s\n", w, w, w+1)
}

package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

func (p Perm) String() string {
	s := []byte("---")
	if p&Read != 0 {
		s[0] = 'r'
	}
	if p&Write != 0 {
		s[1] = 'w'
	}
	if p&Exec != 0 {
		s[2] = 'x'
	}
	return string(s)
}

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

func main() {
	for d := Sunday; d <= Saturday+1; d++ {
		fmt.Printf("%v(%d) weekend=%t; ", d, d, d.Weekend())
	}
	fmt.Println()
	fmt.Println(Weekday(-1), Tuesday+Wednesday, []Weekday{Monday, Friday})
	fmt.Println(KB, MB, GB, TB, ByteSize(1500), ByteSize(3.5*float64(GB)), ByteSize(12))
	fmt.Println(Read, Write, Exec, All, Read|Exec, All&^Write, Perm(0))
	fmt.Printf("%d %d %v %08b\n", All, Exec, Perm(6), All)
	fmt.Println(a, b, c, d, e, f)
	fmt.Printf("%T %T %T\n", Monday, KB, All)
	m := map[Weekday]int{Monday: 1, Sunday: 2}
	fmt.Println(m)
}

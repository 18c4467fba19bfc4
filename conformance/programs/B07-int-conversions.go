package main

import "fmt"

func main() {
	var big int64 = 1<<40 + 300
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big), int32(big))
	var neg int32 = -1
	fmt.Println(uint32(neg), uint64(neg), uint8(neg), int64(neg))
	var u uint8 = 250
	for i := 0; i < 10; i++ {
		u++
	}
	fmt.Println("u wrapped:", u)
	var i8 int8 = 127
	i8++
	fmt.Println("i8 wrapped:", i8, -i8, i8/-1)
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(int(f)*100))
	var x uint = 0
	x--
	fmt.Println(x, x>>60, x == 1<<64-1)
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7%-3, 7.0/2)
	fmt.Println(1<<3|1, 6&^3, 5^3, ^0, ^uint8(5))
	var sh uint = 70
	fmt.Println(1<<sh == 0, int64(-8)>>1, int64(-8)>>sh, uint32(1)<<31)
	r := 'A' + 2
	fmt.Println(r, string(r), string(rune(0x4e16)), byte('a'+25))
	h := uint32(2166136261)
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Printf("fnv %d %x\n", h, h)
	fmt.Println(float32(0.1), float64(float32(0.1)), 1e100, 2.5e-3)
	var m int64 = -9223372036854775808
	fmt.Println(m, -m, m-1)
}

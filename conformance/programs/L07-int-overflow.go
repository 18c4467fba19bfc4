package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	i8 = -128
	i8--
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	u8 += 10
	fmt.Println(u8)
	var i16 int16 = 32767
	i16 += 2
	fmt.Println(i16)
	var u16 uint16 = 65535
	u16 *= u16
	fmt.Println(u16)
	var i32 int32 = 1 << 30
	i32 *= 4
	fmt.Println(i32)
	var u32 uint32 = 1<<32 - 1
	u32 += 2
	fmt.Println(u32)
	var i64 int64 = 1<<63 - 1
	i64++
	fmt.Println(i64)
	var u64 uint64 = 0
	u64--
	fmt.Println(u64)
	var u uint = 1
	u -= 2
	fmt.Println(u)
	fmt.Println(u64/3, u64%10, u64>>60)
	var n int8 = -128
	fmt.Println(-n, n/-1)
	x := int64(-9223372036854775808)
	fmt.Println(x/-1, x%-1)
	// conversions
	big := 300
	fmt.Println(int8(big), uint8(big), byte(big+1), int16(big*300), uint32(-1*big))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*100), uint8(f))
	var r rune = 'A' + 2
	fmt.Println(r, string(r), byte('z')-byte('a'))
	h := uint32(2166136261)
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv", h)
	var acc uint64 = 14695981039346656037
	for _, c := range []byte("hello") {
		acc ^= uint64(c)
		acc *= 1099511628211
	}
	fmt.Println("fnv64", acc)
}

package main

import "fmt"

func main() {
	var x int64 = -8
	var u uint64 = 1 << 63
	for _, s := range []uint{0, 1, 3, 63, 64, 100} {
		fmt.Println(s, x>>s, x<<s, u>>s, u<<s)
	}
	var i8 int8 = -128
	fmt.Println(i8>>1, i8>>7, i8>>8, i8<<1, uint8(i8)>>1)
	var u8 uint8 = 0xF0
	fmt.Println(u8<<2, u8>>4, u8<<8)
	var u32 uint32 = 0xDEADBEEF
	fmt.Println(u32>>16, u32<<16, u32>>32)
	n := 5
	fmt.Println(1<<n, 1<<uint(n), -1>>n, ^0, ^uint8(5), 6&^3)
	var sh int = 70
	fmt.Println(int32(1)<<sh, int64(-1)>>sh)
	fmt.Printf("%x %X %o %b\n", 255<<4, u32, 8, 10)
	const big = 1 << 62
	fmt.Println(big>>60, uint64(big)<<1)
	mask := uint16(1)<<15 | 1
	fmt.Println(mask, mask>>15)
}

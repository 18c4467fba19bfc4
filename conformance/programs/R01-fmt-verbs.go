package main

import "fmt"

type Celsius float64
type Level int

func main() {
	// Integers: width, flags, bases.
	for _, n := range []int{0, 7, -42, 255, 65535} {
		fmt.Printf("|%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%b|\n", n, n, n, n, n, n, n, n, n)
	}
	fmt.Printf("%#x %#o %#X %#b\n", 255, 8, 3054, 5)
	fmt.Printf("%x %X %x\n", int8(-1), uint16(65535), int64(-1)<<40)
	fmt.Printf("%c|%3c|%-3c|%q|%U|%#U\n", 'G', 'o', '!', '世', '世', 'A')

	// Floats.
	vals := []float64{0, 1, -2.5, 3.14159265, 1234567.891, 0.000012345, 1e21}
	for _, v := range vals {
		fmt.Printf("%v|%f|%.2f|%8.3f|%-9.1f|%e|%.3E|%g|%G\n", v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%6.2f%%|%+.1f|% .2f|%08.3f|%+08.2f\n", 99.5, 2.0, 3.14159, -3.14159, 2.5)
	fmt.Printf("%v %v %.1f\n", Celsius(36.6), float32(0.1), float32(2.25))

	// Strings and byte slices.
	s := "gopher"
	fmt.Printf("[%s][%10s][%-10s][%.3s][%q][%x][% x][%X]\n", s, s, s, s, s, s, s, s)
	fmt.Printf("%q %q %#q %+q\n", "tab\there", `back\slash`, "raw`no", "héllo")
	b := []byte("hi!")
	fmt.Printf("%s %x %X %v %d\n", b, b, b, b, b)

	// Booleans, named types, mixed.
	fmt.Printf("%t %v %5t|%-6t|\n", true, false, true, false)
	fmt.Printf("%v %d %T %T\n", Level(3), Level(3), Level(3), Celsius(1))

	// Wrong verbs, missing and extra arguments.
	fmt.Printf("%d %s\n", "str", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!%d\n", 4)
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 42, 4, 7, 2, 3.14159)
	fmt.Println(fmt.Sprintf("%3d%%", 7), fmt.Sprintf("%v", nil), fmt.Sprintf("%d", []int{1, 2}))
}

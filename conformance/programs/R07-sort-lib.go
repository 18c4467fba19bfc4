package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

type BySalary []Employee

func (s BySalary) Len() int           { return len(s) }
func (s BySalary) Less(i, j int) bool { return s[i].Salary < s[j].Salary }
func (s BySalary) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	nums := []int{42, -7, 19, 0, 3, 88, 19, -20}
	sort.Ints(nums)
	fmt.Println(nums, sort.IntsAreSorted(nums))
	idx := sort.SearchInts(nums, 19)
	fmt.Println("19 at", idx, "20 would go at", sort.SearchInts(nums, 20))

	names := []string{"mallory", "alice", "Bob", "carol", "dave"}
	sort.Strings(names)
	fmt.Println(names, sort.StringsAreSorted(names))

	fl := []float64{2.5, -1.25, 3, 0.5}
	sort.Float64s(fl)
	fmt.Println(fl)

	staff := []Employee{
		{"ann", "eng", 120}, {"bob", "ops", 90}, {"cy", "eng", 110},
		{"di", "ops", 95}, {"ed", "eng", 120}, {"flo", "hr", 80},
	}
	sort.Sort(BySalary(staff))
	for _, e := range staff {
		fmt.Printf("%s:%d ", e.Name, e.Salary)
	}
	fmt.Println()
	sort.SliceStable(staff, func(i, j int) bool { return staff[i].Dept < staff[j].Dept })
	for _, e := range staff {
		fmt.Printf("%s/%s ", e.Dept, e.Name)
	}
	fmt.Println()
	sort.Slice(staff, func(i, j int) bool {
		if staff[i].Salary != staff[j].Salary {
			return staff[i].Salary > staff[j].Salary
		}
		return staff[i].Name < staff[j].Name
	})
	fmt.Println(staff[0], staff[len(staff)-1])

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)

	// Binary search for the first square >= 500.
	i := sort.Search(100, func(i int) bool { return i*i >= 500 })
	fmt.Println("first square >= 500:", i, i*i)
	sorted := []string{"ant", "bee", "cat", "dog"}
	fmt.Println(sort.SearchStrings(sorted, "cow"), sort.SearchStrings(sorted, "zebra"))
	fmt.Println(sort.IsSorted(BySalary(staff)))
	sort.Stable(BySalary(staff))
	fmt.Println(staff)
}

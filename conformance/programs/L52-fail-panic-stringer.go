package main

import "fmt"

type Version struct{ Major, Minor int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

type VersionError struct {
	Have, Want Version
}

func (e *VersionError) Error() string {
	return fmt.Sprintf("version %v too old, want %v", e.Have, e.Want)
}

func check(have Version) {
	want := Version{1, 20}
	if have.Major < want.Major || (have.Major == want.Major && have.Minor < want.Minor) {
		panic(&VersionError{have, want})
	}
	fmt.Println(have, "ok")
}

func main() {
	check(Version{1, 21})
	check(Version{2, 0})
	check(Version{1, 19})
}

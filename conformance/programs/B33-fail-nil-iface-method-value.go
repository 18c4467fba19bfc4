package main

import "fmt"

type Notifier interface{ Notify(msg string) error }

type Email struct{ addr string }

func (e Email) Notify(msg string) error {
	fmt.Println("mail to", e.addr+":", msg)
	return nil
}

type Service struct {
	notifiers map[string]Notifier
}

func (s *Service) Alert(kind, msg string) {
	send := s.notifiers[kind].Notify
	fmt.Println("sending", kind)
	send(msg)
}

func main() {
	s := &Service{notifiers: map[string]Notifier{"email": Email{"ops@example.com"}}}
	s.Alert("email", "disk full")
	s.Alert("sms", "disk full")
}

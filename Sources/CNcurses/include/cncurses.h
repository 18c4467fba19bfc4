#ifndef CNCURSES_H
#define CNCURSES_H
int cncurses_placeholder(void);
#endif

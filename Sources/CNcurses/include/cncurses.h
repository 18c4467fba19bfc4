#ifndef CNCURSES_H
#define CNCURSES_H
// The C side of gmpscope's ncurses driver. Swift imports only these
// functions and constants; <ncurses.h> and <term.h> stay inside shim.c so
// their macros (`lines`, `columns`, `stdscr` …) never leak into Swift.
#include <stdint.h>

// What cnc_read returns.
enum {
    CNC_NONE = 0,        // timeout
    CNC_CHAR = 1,        // a character in `ch`
    CNC_KEY = 2,         // a special key in `key` (CNC_KEY_*)
    CNC_MOUSE = 3,       // `key` is CNC_MOUSE_*, at (x, y)
    CNC_RESIZE = 4,      // the terminal changed size (x = width, y = height)
    CNC_SIGNAL = 5,      // SIGINT/SIGTERM/SIGHUP: quit
};

enum {
    CNC_KEY_UP = 1, CNC_KEY_DOWN, CNC_KEY_LEFT, CNC_KEY_RIGHT,
    CNC_KEY_PPAGE, CNC_KEY_NPAGE, CNC_KEY_HOME, CNC_KEY_END,
    CNC_KEY_ENTER, CNC_KEY_BACKTAB, CNC_KEY_BACKSPACE, CNC_KEY_DC,
    CNC_KEY_F1 = 100,   // F1 … F12 = 100 … 111
};

enum { CNC_MOUSE_CLICK = 1, CNC_MOUSE_WHEEL_UP = 2, CNC_MOUSE_WHEEL_DOWN = 3 };

enum { CNC_ATTR_BOLD = 1, CNC_ATTR_DIM = 2, CNC_ATTR_REVERSE = 4, CNC_ATTR_UNDERLINE = 8 };

typedef struct {
    int kind;
    uint32_t ch;
    int key;
    int x;
    int y;
} cnc_input;

// Locale: LC_ALL from the environment; C.UTF-8 when its codeset is not UTF-8.
// Returns 1 when the final codeset is UTF-8.
int cnc_setup_locale(void);
// 1 when fd 0 and fd 1 are terminals.
int cnc_isatty(void);
// Starts curses on the terminal (newterm on stdout/stdin). Returns 0, or -1
// with a reason in `why` (NUL-terminated) when TERM is unknown or cannot
// address the cursor. Installs the quit-signal and crash handlers.
int cnc_start(char *why, int whylen);
// Ends curses (idempotent; also registered with atexit).
void cnc_end(void);
int cnc_active(void);
// Colours: 0 none, 8, or 256 (after start_color; `mono` forces 0).
int cnc_colors(int mono);
// Colour pairs available.
int cnc_color_pairs(void);
// Defines pair `pair` as (fg, bg); -1 is the terminal's default colour.
int cnc_init_pair(int pair, int fg, int bg);
void cnc_size(int *width, int *height);
// Waits up to `timeout_ms` (-1: block) for input.
void cnc_read(int timeout_ms, cnc_input *out);
// Puts one cell; `ch` 0 is skipped (a wide tail).
void cnc_put(int y, int x, uint32_t ch, int pair, int attrs);
// Queues the screen and updates the terminal once.
void cnc_refresh(void);
// Forces the next refresh to repaint everything (after a resize).
void cnc_clear_all(void);
// Enables mouse clicks and wheel.
void cnc_enable_mouse(void);
// The signal that asked to quit (0 when none).
int cnc_quit_signal(void);
// glibc's wcwidth in the current locale (for cross-checking the Swift table).
int cnc_wcwidth(uint32_t ch);
#endif

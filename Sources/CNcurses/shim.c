// The only C in gmpscope: what Swift cannot import from ncurses (macros,
// stdscr, signal handlers that must be async-signal-safe).
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#define _GNU_SOURCE 1
#include "cncurses.h"
#include <ncurses.h>
#include <term.h>
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <errno.h>

static SCREEN *screen = NULL;
static volatile sig_atomic_t quit_signal = 0;
static volatile sig_atomic_t active = 0;
static struct termios saved_termios;
static int have_termios = 0;
static int atexit_registered = 0;
static struct sigaction old_int, old_term, old_hup;

int cnc_setup_locale(void) {
    setlocale(LC_ALL, "");
    const char *cs = nl_langinfo(CODESET);
    if (cs == NULL || strcmp(cs, "UTF-8") != 0) {
        if (setlocale(LC_ALL, "C.UTF-8") == NULL) return 0;
        cs = nl_langinfo(CODESET);
    }
    return cs != NULL && strcmp(cs, "UTF-8") == 0;
}

int cnc_isatty(void) { return isatty(0) && isatty(1); }

static void on_quit_signal(int sig) { quit_signal = sig; }

// A crash (a Swift trap is SIGILL/SIGTRAP) while in curses mode: put the
// terminal back with async-signal-safe calls only, then die as before.
static void on_crash(int sig) {
    if (active) {
        if (have_termios) tcsetattr(1, TCSANOW, &saved_termios);
        static const char reset[] = "\033[?1000l\033[?1006l\033[0m\033[?25h\033[?1049l\r\n";
        ssize_t ignored = write(1, reset, sizeof reset - 1);
        (void)ignored;
        active = 0;
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

static void install_handlers(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_quit_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  // no SA_RESTART: a blocking read returns so the loop sees the flag
    sigaction(SIGINT, &sa, &old_int);
    sigaction(SIGTERM, &sa, &old_term);
    sigaction(SIGHUP, &sa, &old_hup);
    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = on_crash;
    sigemptyset(&crash.sa_mask);
    crash.sa_flags = SA_RESETHAND;
    sigaction(SIGSEGV, &crash, NULL);
    sigaction(SIGBUS, &crash, NULL);
    sigaction(SIGILL, &crash, NULL);
    sigaction(SIGTRAP, &crash, NULL);
    sigaction(SIGABRT, &crash, NULL);
    sigaction(SIGFPE, &crash, NULL);
}

int cnc_start(char *why, int whylen) {
    if (screen != NULL) return 0;
    const char *term = getenv("TERM");
    if (term == NULL || *term == 0) {
        snprintf(why, whylen, "TERM is not set");
        return -1;
    }
    if (tcgetattr(1, &saved_termios) == 0) have_termios = 1;
    screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) {
        snprintf(why, whylen, "unknown terminal type TERM=%s", term);
        return -1;
    }
    set_term(screen);
    if (tigetstr("cup") == NULL || tigetstr("cup") == (char *)-1) {
        endwin();
        delscreen(screen);
        screen = NULL;
        snprintf(why, whylen, "TERM=%s cannot move the cursor", term);
        return -1;
    }
    active = 1;
    if (!atexit_registered) { atexit(cnc_end); atexit_registered = 1; }
    install_handlers();
    set_escdelay(25);
    cbreak();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    meta(stdscr, TRUE);
    curs_set(0);
    leaveok(stdscr, TRUE);
    return 0;
}

void cnc_end(void) {
    if (screen == NULL) return;
    mousemask(0, NULL);
    curs_set(1);
    endwin();
    delscreen(screen);
    screen = NULL;
    active = 0;
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGTERM, &old_term, NULL);
    sigaction(SIGHUP, &old_hup, NULL);
}

int cnc_active(void) { return screen != NULL; }

int cnc_colors(int mono) {
    if (mono || !has_colors()) return 0;
    if (start_color() != OK) return 0;
    if (use_default_colors() != OK) assume_default_colors(-1, -1);
    if (COLORS >= 256) return 256;
    if (COLORS >= 8) return 8;
    return 0;
}

int cnc_color_pairs(void) { return COLOR_PAIRS; }

int cnc_init_pair(int pair, int fg, int bg) { return init_pair((short)pair, (short)fg, (short)bg); }

void cnc_size(int *width, int *height) {
    *width = getmaxx(stdscr);
    *height = getmaxy(stdscr);
}

void cnc_enable_mouse(void) {
    mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
}

static int map_key(int k) {
    switch (k) {
    case KEY_UP: return CNC_KEY_UP;
    case KEY_DOWN: return CNC_KEY_DOWN;
    case KEY_LEFT: return CNC_KEY_LEFT;
    case KEY_RIGHT: return CNC_KEY_RIGHT;
    case KEY_PPAGE: return CNC_KEY_PPAGE;
    case KEY_NPAGE: return CNC_KEY_NPAGE;
    case KEY_HOME: return CNC_KEY_HOME;
    case KEY_END: return CNC_KEY_END;
    case KEY_ENTER: return CNC_KEY_ENTER;
    case KEY_BTAB: return CNC_KEY_BACKTAB;
    case KEY_BACKSPACE: return CNC_KEY_BACKSPACE;
    case KEY_DC: return CNC_KEY_DC;
    default:
        if (k >= KEY_F(1) && k <= KEY_F(12)) return CNC_KEY_F1 + (k - KEY_F(1));
        return 0;
    }
}

void cnc_read(int timeout_ms, cnc_input *out) {
    memset(out, 0, sizeof *out);
    if (quit_signal) { out->kind = CNC_SIGNAL; out->key = quit_signal; return; }
    wtimeout(stdscr, timeout_ms);
    wint_t wch = 0;
    int rc = wget_wch(stdscr, &wch);
    if (quit_signal) { out->kind = CNC_SIGNAL; out->key = quit_signal; return; }
    if (rc == ERR) return;
    if (rc == KEY_CODE_YES) {
        if (wch == KEY_RESIZE) {
            out->kind = CNC_RESIZE;
            out->x = getmaxx(stdscr);
            out->y = getmaxy(stdscr);
            return;
        }
        if (wch == KEY_MOUSE) {
            MEVENT ev;
            if (getmouse(&ev) != OK) return;
            out->kind = CNC_MOUSE;
            out->x = ev.x;
            out->y = ev.y;
            if (ev.bstate & BUTTON4_PRESSED) out->key = CNC_MOUSE_WHEEL_UP;
            else if (ev.bstate & BUTTON5_PRESSED) out->key = CNC_MOUSE_WHEEL_DOWN;
            else if (ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) out->key = CNC_MOUSE_CLICK;
            else out->kind = CNC_NONE;
            return;
        }
        int k = map_key((int)wch);
        if (k != 0) { out->kind = CNC_KEY; out->key = k; }
        return;
    }
    out->kind = CNC_CHAR;
    out->ch = (uint32_t)wch;
}

void cnc_put(int y, int x, uint32_t ch, int pair, int attrs) {
    if (ch == 0) return;
    wchar_t wc[2] = { (wchar_t)ch, 0 };
    attr_t a = A_NORMAL;
    if (attrs & CNC_ATTR_BOLD) a |= A_BOLD;
    if (attrs & CNC_ATTR_DIM) a |= A_DIM;
    if (attrs & CNC_ATTR_REVERSE) a |= A_REVERSE;
    if (attrs & CNC_ATTR_UNDERLINE) a |= A_UNDERLINE;
    cchar_t cc;
    setcchar(&cc, wc, a, (short)pair, NULL);
    mvwadd_wch(stdscr, y, x, &cc);
}

void cnc_refresh(void) {
    wnoutrefresh(stdscr);
    doupdate();
}

void cnc_clear_all(void) { clearok(curscr, TRUE); }

int cnc_quit_signal(void) { return quit_signal; }

int cnc_wcwidth(uint32_t ch) { return wcwidth((wchar_t)ch); }

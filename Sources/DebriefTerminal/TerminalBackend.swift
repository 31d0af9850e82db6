import CNCurses
import DebriefUI

/// The only module that talks to ncurses. (Filled in by the terminal-layer work.)
public enum TerminalBackend {}

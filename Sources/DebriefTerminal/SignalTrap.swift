import CNCurses
import Foundation
import Synchronization

/// Signal handling: SIGTERM/SIGHUP/SIGINT ask the run loop to save and quit; fatal signals
/// restore the terminal first and then die as they would have, so no shell is left in raw mode.
enum SignalTrap {
    /// The pending termination signal, 0 when none. Atomics are safe to touch in a handler.
    static let pending = Atomic<Int32>(0)

    static func install() {
        for sig in [SIGTERM, SIGHUP, SIGINT] {
            signal(sig) { received in
                // A second request while the first is still pending: the loop is stuck, leave now.
                if SignalTrap.pending.exchange(received, ordering: .relaxed) != 0 {
                    endwin()
                    signal(received, nil)
                    raise(received)
                }
            }
        }
        for sig in [SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL] {
            signal(sig) { received in
                endwin()
                signal(received, nil)  // nil is SIG_DFL: re-raise to get the default action (core, status)
                raise(received)
            }
        }
    }

    /// Puts the default handlers back once the terminal is restored.
    static func uninstall() {
        for sig in [SIGTERM, SIGHUP, SIGINT, SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL] {
            signal(sig, nil)
        }
    }

    /// Takes the pending signal, if any.
    static func take() -> Int32? {
        let value = pending.exchange(0, ordering: .relaxed)
        return value == 0 ? nil : value
    }
}

import DebriefUI
import Foundation

/// Runs `$EDITOR` (then `$VISUAL`, then `vi`) on a temporary file, as git does for commit messages.
/// The editor gets the terminal as it is (the caller has left curses): it runs in the foreground
/// with Debrief's own stdin, stdout and stderr, so vim, nano and `emacs -nw` can read keys.
enum ExternalEditor {
    /// The edited text, or why there is none. The file ends with a newline, as editors expect;
    /// one trailing newline is taken off again, so a note does not grow one each round trip.
    static func edit(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<String, EditorFailure> {
        let name = EditorCommand.named(in: environment)
        guard let command = EditorCommand(environment: environment) else {
            return .failure(EditorFailure("$EDITOR (\(name)) is not a command Debrief can run: check its quotes. The note is unchanged."))
        }
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("debrief-edit-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).md")
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            return .failure(EditorFailure("could not make a file for the editor in \(file.deletingLastPathComponent().path) (\(String(cString: strerror(errno)))). The note is unchanged."))
        }
        defer { unlink(file.path) }
        let written = Array((text + "\n").utf8).withUnsafeBytes { bytes in write(descriptor, bytes.baseAddress, bytes.count) }
        close(descriptor)
        guard written == text.utf8.count + 1 else {
            return .failure(EditorFailure("could not write the file for the editor (\(file.path)). The note is unchanged."))
        }
        switch run(command.words + [file.path]) {
        case .failure(let failure):
            return .failure(EditorFailure("the editor \(name) \(failure). The note is unchanged."))
        case .success:
            guard let data = FileManager.default.contents(atPath: file.path) else {
                return .failure(EditorFailure("the editor \(name) left no file at \(file.path) to read back. The note is unchanged."))
            }
            var edited = String(decoding: data, as: UTF8.self)
            if edited.hasSuffix("\n") { edited.removeLast() }  // "\r\n" is one Character: it goes whole
            return .success(edited)
        }
    }

    struct RunFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `arguments` (the program looked up on PATH) in Debrief's process group with its
    /// standard streams, and waits for it. Foundation's `Process` puts the child in a session of its
    /// own on Linux, where it cannot read the terminal ("Vim: Error reading input").
    static func run(_ arguments: [String]) -> Result<Void, RunFailure> {
        var pid: pid_t = 0
        var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        // The editor starts with default signal actions and nothing blocked, whatever Debrief ignores.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), empty = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGPIPE, SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP, SIGTTIN, SIGTTOU] { sigaddset(&defaults, sig) }
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let spawned = posix_spawnp(&pid, arguments[0], nil, &attributes, &cArguments, environ)
        guard spawned == 0 else { return .failure(RunFailure(description: "could not start (\(String(cString: strerror(spawned))))")) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return .failure(RunFailure(description: "could not be waited for (\(String(cString: strerror(errno))))")) }
        }
        let signal = status & 0x7f
        if signal != 0 { return .failure(RunFailure(description: "was ended by signal \(signal)")) }
        let exit = (status >> 8) & 0xff
        if exit == 127 { return .failure(RunFailure(description: "was not found (exit status 127)")) }
        return exit == 0 ? .success(()) : .failure(RunFailure(description: "exited with status \(exit)"))
    }
}

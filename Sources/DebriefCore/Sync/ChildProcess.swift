#if canImport(Glibc)
import Foundation
import Glibc

/// Runs a program with `posix_spawn` and collects what it writes, feeding it `input`: one thread,
/// one `poll` loop over its three pipes. Foundation's `Process` cost about as much as the git
/// commands a sync runs (a no-op sync runs about ten), and needed two extra threads for each.
///
/// The child gets default signal handling and an empty signal mask (curses may have changed both
/// in this process), and no descriptor of ours but its three pipes.
enum ChildProcess {
    struct Finished {
        var status: Int32
        var stdout: Data
        var stderr: Data
    }

    struct SpawnFailure: Error {
        var code: Int32
    }

    static func run(executable: String, arguments: [String], directory: String, environment: [String: String], input: Data?) throws(SpawnFailure) -> Finished {
        var toChild: [Int32] = [-1, -1], fromChild: [Int32] = [-1, -1], errors: [Int32] = [-1, -1]
        guard makePipe(&toChild) else { throw SpawnFailure(code: errno) }
        guard makePipe(&fromChild) else { closeAll(toChild); throw SpawnFailure(code: errno) }
        guard makePipe(&errors) else { closeAll(toChild + fromChild); throw SpawnFailure(code: errno) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        var arguments = arguments
        if let addChdir = GNU.addChdir {
            _ = addChdir(&actions, directory)
        } else {
            arguments = ["-C", directory] + arguments
        }
        // Descriptors this process opened without O_CLOEXEC (a library's) stay out of the child.
        _ = GNU.addClosefrom?(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), empty = sigset_t()
        sigfillset(&defaults)
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") }
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let spawned = (argv + [nil]).withUnsafeBufferPointer { args in
            (envp + [nil]).withUnsafeBufferPointer { env in
                posix_spawn(&pid, executable, &actions, &attributes,
                            UnsafeMutablePointer(mutating: args.baseAddress!), UnsafeMutablePointer(mutating: env.baseAddress!))
            }
        }
        close(toChild[0]); close(fromChild[1]); close(errors[1])
        guard spawned == 0 else {
            closeAll([toChild[1], fromChild[0], errors[0]])
            throw SpawnFailure(code: spawned)
        }
        let (stdout, stderr) = exchange(input: input ?? Data(), writeTo: toChild[1], readFrom: fromChild[0], errors: errors[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // Exit status, or 128 + the signal that ended it, as a shell says.
        let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Finished(status: code, stdout: stdout, stderr: stderr)
    }

    /// Writes `input` and reads both outputs until the child closes them. SIGPIPE is blocked on this
    /// thread while it writes (a child that exits without reading all its input must not end us),
    /// and one it raised is taken back before the mask is restored.
    private static func exchange(input: Data, writeTo inFD: Int32, readFrom outFD: Int32, errors errFD: Int32) -> (Data, Data) {
        var pipeSignal = sigset_t(), previous = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        var brokenPipe = false
        defer {
            if brokenPipe {
                var zero = timespec(tv_sec: 0, tv_nsec: 0)
                _ = sigtimedwait(&pipeSignal, nil, &zero)
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }

        var stdout = Data(), stderr = Data()
        var writeFD: Int32 = inFD, readFD = outFD, errorFD = errFD
        var written = 0
        if input.isEmpty { close(writeFD); writeFD = -1 } else { _ = fcntl(writeFD, F_SETFL, O_NONBLOCK) }
        let chunk = 65_536
        var buffer = [UInt8](repeating: 0, count: chunk)
        while writeFD >= 0 || readFD >= 0 || errorFD >= 0 {
            var fds = [pollfd(fd: writeFD, events: Int16(POLLOUT), revents: 0),
                       pollfd(fd: readFD, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: errorFD, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 3, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            if writeFD >= 0, fds[0].revents != 0 {
                let n = input.withUnsafeBytes { raw in
                    write(writeFD, raw.baseAddress! + written, min(raw.count - written, chunk))
                }
                if n > 0 { written += n }
                if n < 0 && errno == EPIPE { brokenPipe = true }
                if (n < 0 && errno != EINTR && errno != EAGAIN) || written == input.count {
                    close(writeFD)
                    writeFD = -1
                }
            }
            for (slot, isError) in [(1, false), (2, true)] where fds[slot].revents != 0 {
                let fd = fds[slot].fd
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, chunk) }
                if n > 0 {
                    if isError { stderr.append(contentsOf: buffer[0..<n]) } else { stdout.append(contentsOf: buffer[0..<n]) }
                } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
                    close(fd)
                    if isError { errorFD = -1 } else { readFD = -1 }
                }
            }
        }
        return (stdout, stderr)
    }

    /// A pipe whose ends close on exec, made atomically where `pipe2` exists.
    private static func makePipe(_ fds: inout [Int32]) -> Bool {
        if let pipe2 = GNU.pipe2 { return pipe2(&fds, O_CLOEXEC) == 0 }
        guard pipe(&fds) == 0 else { return false }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        return true
    }

    /// glibc's GNU extensions, which Swift's Glibc module does not import (it is built without
    /// _GNU_SOURCE): found at run time, nil where the C library lacks them.
    private enum GNU {
        typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
        typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
        typealias AddClosefrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

        static let pipe2: Pipe2? = symbol("pipe2")
        static let addChdir: AddChdir? = symbol("posix_spawn_file_actions_addchdir_np")
        static let addClosefrom: AddClosefrom? = symbol("posix_spawn_file_actions_addclosefrom_np")

        private static func symbol<F>(_ name: String) -> F? {
            guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
            return unsafeBitCast(address, to: F.self)
        }
    }

    private static func closeAll(_ fds: [Int32]) {
        for fd in fds where fd >= 0 { close(fd) }
    }
}
#endif

import Foundation

/// Tests of file modes run under umask 022 (files 0644, folders 0755 by default), so a 0600 file is
/// Debrief's doing. It is set for the whole test process and never put back: suites run in parallel,
/// and one test restoring the umask it found while another has set its own would leave either at random.
enum WideUmask {
    static func set() { umask(0o022) }
}

import Foundation

/// Where Debrief keeps things, resolved the way the XDG Base Directory spec says.
public struct DataLocations: Sendable, Equatable {
    /// Shared data: deals, reviews, question sets.
    public var dataDirectory: URL
    /// Machine-local state such as crash journals; never inside the shared data directory.
    public var stateDirectory: URL
    /// Configuration and user themes.
    public var configDirectory: URL
    /// Machine-local caches such as the record index; safe to delete, never inside the data directory.
    public var cacheDirectory: URL

    public init(dataDirectory: URL, stateDirectory: URL, configDirectory: URL, cacheDirectory: URL? = nil) {
        self.dataDirectory = dataDirectory
        self.stateDirectory = stateDirectory
        self.configDirectory = configDirectory
        // Callers that name no cache directory get one inside the state directory, still outside the data.
        self.cacheDirectory = cacheDirectory ?? stateDirectory.appendingPathComponent("cache", isDirectory: true)
    }

    /// `--data-dir`, else `DEBRIEF_DATA_DIR`, else `$XDG_DATA_HOME/debrief`, else `~/.local/share/debrief`.
    public static func resolve(dataDirOption: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> DataLocations {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        func xdg(_ name: String, _ fallback: String) -> URL {
            // The spec: a relative or empty value is invalid and must be ignored.
            if let value = environment[name], value.hasPrefix("/") {
                return URL(fileURLWithPath: value, isDirectory: true)
            }
            return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(fallback, isDirectory: true)
        }
        let data: URL
        if let option = dataDirOption, !option.isEmpty {
            data = URL(fileURLWithPath: option, isDirectory: true).standardizedFileURL
        } else if let env = environment["DEBRIEF_DATA_DIR"], !env.isEmpty {
            data = URL(fileURLWithPath: env, isDirectory: true).standardizedFileURL
        } else {
            data = xdg("XDG_DATA_HOME", ".local/share").appendingPathComponent("debrief", isDirectory: true)
        }
        return DataLocations(
            dataDirectory: data,
            stateDirectory: xdg("XDG_STATE_HOME", ".local/state").appendingPathComponent("debrief", isDirectory: true),
            configDirectory: xdg("XDG_CONFIG_HOME", ".config").appendingPathComponent("debrief", isDirectory: true),
            cacheDirectory: xdg("XDG_CACHE_HOME", ".cache").appendingPathComponent("debrief", isDirectory: true)
        )
    }

    /// One line to print on standard error when the data directory can be read by other users of
    /// this machine (its reviews are private conversations); nil when it is 0700 or absent.
    public var permissionWarning: String? {
        var info = stat()
        guard stat(dataDirectory.path, &info) == 0 else { return nil }
        let mode = info.st_mode & 0o777
        guard mode & 0o077 != 0 else { return nil }
        return "debrief: warning: \(dataDirectory.path) is open to other users (mode \(String(mode, radix: 8))); run `chmod 700 '\(dataDirectory.path)'`"
    }
}

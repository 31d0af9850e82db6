// swift-tools-version: 6.0
import PackageDescription

// Arrows point one way: debrief → DebriefTerminal → DebriefUI → DebriefCore, and
// debrief → DebriefEffects → DebriefUI (the effect performer: disk and git, no terminal).
let package = Package(
    name: "Debrief",
    products: [
        .executable(name: "debrief", targets: ["debrief"]),
        // Libraries for the Benchmarks package.
        .library(name: "DebriefCore", targets: ["DebriefCore"]),
        .library(name: "DebriefUI", targets: ["DebriefUI"]),
        .library(name: "DebriefEffects", targets: ["DebriefEffects"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .target(
            name: "DebriefCore",
            dependencies: [
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .target(
            name: "DebriefUI",
            dependencies: [
                "DebriefCore",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .systemLibrary(
            name: "CNCurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "DebriefTerminal", dependencies: ["DebriefUI", "CNCurses"]),
        .target(name: "DebriefEffects", dependencies: ["DebriefUI", "DebriefCore"]),
        .executableTarget(
            name: "debrief",
            dependencies: [
                "DebriefCore",
                "DebriefUI",
                "DebriefTerminal",
                "DebriefEffects",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // CSV.swift is the reference the importer's streaming CSV parser is held to, record for record.
        .testTarget(
            name: "DebriefCoreTests",
            dependencies: ["DebriefCore", .product(name: "CSV", package: "CSV.swift")],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "DebriefUITests", dependencies: ["DebriefUI"], exclude: ["Goldens"]),
        .testTarget(name: "DebriefTerminalTests", dependencies: ["DebriefTerminal"]),
        // The real program loop, headless, over the real performer on a temporary data directory.
        .testTarget(name: "DebriefEffectsTests", dependencies: ["DebriefEffects", "DebriefUI", "DebriefCore"]),
        .testTarget(name: "debriefTests", dependencies: ["DebriefCore", "DebriefUI"]),
        // Property-based fuzzing of everything that reads outside input.
        .testTarget(
            name: "DebriefFuzzTests",
            dependencies: [
                "DebriefCore",
                "DebriefUI",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Corpus"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version: 6.1
import PackageDescription

// Benchmarks live in their own package so the main build stays fast.
// Run from this folder:  swift package --scratch-path .build benchmark
// To add a benchmark: create Benchmarks/<Name>/<Name>.swift and add "<Name>" to `benchmarks` below.
let benchmarks = [
    "ImportBenchmark",
    "PatternsBenchmark",
    "RecordIndexBenchmark",
]

let package = Package(
    name: "DebriefBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Debrief", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: benchmarks.map { name in
        .executableTarget(
            name: name,
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "DebriefCore", package: "Debrief"),
            ],
            path: "Benchmarks/\(name)",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    },
    swiftLanguageModes: [.v6]
)

// Past reviews (issue 6): search in the reviews browser and the Patterns view at 20,000 reviews,
// measured through DebriefUI state and rendering, as the app runs them.
package.targets.append(
    .executableTarget(
        name: "ArchiveBenchmark",
        dependencies: [
            .product(name: "Benchmark", package: "benchmark"),
            .product(name: "DebriefCore", package: "Debrief"),
            .product(name: "DebriefUI", package: "Debrief"),
        ],
        path: "Benchmarks/ArchiveBenchmark",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
)

// The board (issue 4): data on disk to the first frame at 10k and 100k deals, and key presses at 10k,
// measured through DebriefUI's update and render as the app runs them. The coach's desk (issue 20):
// queue, brief and rep progress at 20,000 reviews.
for name in ["BoardStartupBenchmark", "BoardKeypressBenchmark", "CoachBenchmark"] {
    package.targets.append(
        .executableTarget(
            name: name,
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "DebriefCore", package: "Debrief"),
                .product(name: "DebriefUI", package: "Debrief"),
            ],
            path: "Benchmarks/\(name)",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    )
}

// Typing into long notes (issue 21): a key into a 1 KB and a 1 MB note through the app's update and
// render, and a 1 MB paste through the program loop with the real performer (journal and save).
package.targets.append(
    .executableTarget(
        name: "TypingBenchmark",
        dependencies: [
            .product(name: "Benchmark", package: "benchmark"),
            .product(name: "DebriefCore", package: "Debrief"),
            .product(name: "DebriefUI", package: "Debrief"),
            .product(name: "DebriefEffects", package: "Debrief"),
        ],
        path: "Benchmarks/TypingBenchmark",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
)

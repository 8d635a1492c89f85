# syntax=docker/dockerfile:1
# Container images of Veilig: one target per binary, all on Debian 12 slim
# with only the shared libraries the binaries link (a test compares this list
# with their ldd output). They run as an unprivileged user, need no shell and
# stop on SIGTERM, which every server handles: NOT_SERVING at once, in-flight
# calls finish within --grace-period, exit 0.
#
#   docker build --target veilig-gateway -t veilig-gateway .
#   docker build --target veilige-wijken -t veilige-wijken .   (and so on)

FROM debian:12 AS build
WORKDIR /src
COPY scripts/install-deps scripts/install-deps
RUN scripts/install-deps --build-only && rm -rf /var/lib/apt/lists/*
COPY . .
RUN scripts/install-deps --build-only \
 && cmake -S . -B /build -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DVEILIG_BUILD_TESTS=OFF -DVEILIG_BUILD_BENCHMARKS=OFF \
 && cmake --build /build --target veilig-gateway veilige-wijken ondermijning \
      zorg-veiligheid crisisbeheersing veiligctl

FROM debian:12-slim AS runtime
# runtime-packages:begin
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      libabsl20220623 \
      libboost-program-options1.74.0 \
      libcmark0.30.2 \
      libcpp-httplib0.11 \
      libfmt9 \
      libgrpc++1.51 \
      libgrpc29 \
      libjwt0 \
      libpq5 \
      libprometheus-cpp-core1.0 \
      libprometheus-cpp-pull1.0 \
      libprotobuf32 \
      libspdlog1.10 \
      libsqlite3-0 \
      libssl3 \
      zlib1g \
 && rm -rf /var/lib/apt/lists/*
# runtime-packages:end
# A fixed numeric id, so that Kubernetes' runAsNonRoot can verify it.
RUN groupadd --gid 10001 veilig \
 && useradd --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin veilig \
 && mkdir -p /var/lib/veilig && chown 10001:10001 /var/lib/veilig
WORKDIR /var/lib/veilig
USER 10001:10001
# Servers listen on all interfaces inside a container; everything else comes
# from flags or VEILIG_* variables (docs/operations.md).
ENV VEILIG_HOST=0.0.0.0 VEILIG_METRICS_HOST=0.0.0.0
STOPSIGNAL SIGTERM

FROM runtime AS veilig-gateway
COPY --from=build /build/bin/veilig-gateway /usr/bin/veilig-gateway
ENV VEILIG_HTTP_HOST=0.0.0.0 VEILIG_DATABASE=sqlite:/var/lib/veilig/veilig-gateway.db
EXPOSE 50050 8080 9460
ENTRYPOINT ["/usr/bin/veilig-gateway"]

FROM runtime AS veilige-wijken
COPY --from=build /build/bin/veilige-wijken /usr/bin/veilige-wijken
ENV VEILIG_DATABASE=sqlite:/var/lib/veilig/veilige-wijken.db
EXPOSE 50051 9461
ENTRYPOINT ["/usr/bin/veilige-wijken"]

FROM runtime AS ondermijning
COPY --from=build /build/bin/ondermijning /usr/bin/ondermijning
ENV VEILIG_DATABASE=sqlite:/var/lib/veilig/ondermijning.db
EXPOSE 50052 9462
ENTRYPOINT ["/usr/bin/ondermijning"]

FROM runtime AS zorg-veiligheid
COPY --from=build /build/bin/zorg-veiligheid /usr/bin/zorg-veiligheid
ENV VEILIG_DATABASE=sqlite:/var/lib/veilig/zorg-veiligheid.db
EXPOSE 50053 9463
ENTRYPOINT ["/usr/bin/zorg-veiligheid"]

FROM runtime AS crisisbeheersing
COPY --from=build /build/bin/crisisbeheersing /usr/bin/crisisbeheersing
ENV VEILIG_DATABASE=sqlite:/var/lib/veilig/crisisbeheersing.db
EXPOSE 50054 9464
ENTRYPOINT ["/usr/bin/crisisbeheersing"]

# veiligctl for import jobs and for operators (kubectl run ... -- import ...).
FROM runtime AS veiligctl
COPY --from=build /build/bin/veiligctl /usr/bin/veiligctl
ENTRYPOINT ["/usr/bin/veiligctl"]

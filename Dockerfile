# The newsflow image: one image, every stage; the command picks it (newsflow ingest|enrich|sink ...).
#   docker build -t newsflow .        (docker-compose.yml builds it for you)
# Not built on the development machines (they have no Docker engine): the commands the compose
# file gives it are run by ComposeStagesTest from the same classpath, on every build.

# Build: the Maven wrapper on a JDK 17, tests skipped (they run on CI, not in the image build).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -pl cli -am package -DskipTests \
 && mkdir /newsflow \
 && cp -r cli/target/lib /newsflow/lib \
 && cp cli/target/newsflow-cli-*.jar /newsflow/lib/

# Run: a JRE and the command line's jars, as a non-root user.
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 newsflow \
 && useradd --system --uid 10001 --gid newsflow --home-dir /var/lib/newsflow --create-home newsflow \
 && chmod 755 /var/lib/newsflow
# 755: the working folder of every stage, also of ingest when it runs as the inbox owner (see docker-compose.yml)
COPY --from=build /newsflow/lib /opt/newsflow/lib
# the launcher: JAVA_OPTS for the JVM (heap, GC; by default as ./newsflow's, capped at 75% of the container's memory),
# everything else goes to io.newsflow.cli.Newsflow
RUN printf '#!/bin/sh\nexec java ${JAVA_OPTS:--XX:MaxRAMPercentage=75 -Xms128m -Xmn64m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:+UseSerialGC} -cp "/opt/newsflow/lib/*" io.newsflow.cli.Newsflow "$@"\n' \
      > /usr/local/bin/newsflow \
 && chmod 755 /usr/local/bin/newsflow
USER newsflow
WORKDIR /var/lib/newsflow
ENTRYPOINT ["newsflow"]
CMD ["--help"]

# The application image used by docker-compose.yml. Build the jar first: ./mvnw package -DskipTests
FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 claimdesk
WORKDIR /app
COPY target/claimdesk-*.jar /app/claimdesk.jar
USER claimdesk
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/claimdesk.jar"]

package org.partnershipatlas.store;

import java.util.List;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Two real in-process Neo4j 5.26 databases (neo4j-harness), started once per test run and shared by every store
 * test class, each handed out empty: no node, no constraint, no index — as a newly started database is. Starting a
 * harness costs seconds; the store module's classes used to start six. Test classes run one after another in one
 * JVM (Surefire's default), so a class has its database to itself; they must not close the drivers.
 */
final class TestNeo4j {
    private static Neo4j first;
    private static Neo4j second;
    private static Driver firstDriver;
    private static Driver secondDriver;

    private TestNeo4j() {
    }

    /** The first database, emptied. */
    static synchronized Driver empty() {
        if (first == null) {
            first = start();
            firstDriver = GraphDatabase.driver(first.boltURI(), AuthTokens.none());
        }
        return wiped(firstDriver);
    }

    /** A second, separate database, emptied (copying between two stores). */
    static synchronized Driver emptySecond() {
        if (second == null) {
            second = start();
            secondDriver = GraphDatabase.driver(second.boltURI(), AuthTokens.none());
        }
        return wiped(secondDriver);
    }

    private static Neo4j start() {
        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close, "neo4j-harness-stop"));
        return neo4j;
    }

    private static Driver wiped(Driver driver) {
        try (Session session = driver.session()) {
            session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
            List<String> constraints = session.run("SHOW CONSTRAINTS YIELD name").list(r -> r.get(0).asString());
            constraints.forEach(name -> session.run("DROP CONSTRAINT `" + name + "`").consume());
            List<String> indexes = session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")
                    .list(r -> r.get(0).asString());
            indexes.forEach(name -> session.run("DROP INDEX `" + name + "`").consume());
        }
        return driver;
    }
}

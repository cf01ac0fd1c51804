package com.example.orders;

import io.vertx.core.AbstractVerticle;

/** Answers order-status questions on the event bus. */
public class OrderVerticle extends AbstractVerticle {

    private final OrderDao dao = new OrderDao("jdbc:h2:mem:orders");

    @Override
    public void start() {
        vertx.eventBus().<String>consumer("orders.status", msg -> {
            try {
                msg.reply(dao.status(msg.body()));
            } catch (java.sql.SQLException e) {
                msg.fail(500, e.getMessage());
            }
        });
    }
}

package com.example.orders;

import io.vertx.core.AbstractVerticle;

/** Answers order-status questions on the event bus. */
public class OrderVerticle extends AbstractVerticle {

    private final OrderDao dao = new OrderDao("jdbc:h2:mem:orders");

    @Override
    public void start() {
        vertx.eventBus().<String>consumer("orders.status", msg ->
                vertx.<String>executeBlocking(() -> dao.status(msg.body()))
                        .onSuccess(msg::reply)
                        .onFailure(e -> msg.fail(500, e.getMessage())));
    }
}

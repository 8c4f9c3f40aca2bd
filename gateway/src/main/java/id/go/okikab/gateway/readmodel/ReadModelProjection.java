package id.go.okikab.gateway.readmodel;

import id.go.okikab.platform.events.inbox.IncomingEvent;

/**
 * One read model's reaction to events. Every implementation (a CDI bean) sees every event of every
 * platform topic, once, inside the inbox's transaction: it must only write its own tables and must
 * give the same result when the topics are replayed from the beginning. A new service joins the
 * read models by adding its event mappings here (or in a new projection).
 */
public interface ReadModelProjection {

  void apply(IncomingEvent event);

  /** Tables this projection owns, emptied before a rebuild. */
  java.util.List<String> tables();
}

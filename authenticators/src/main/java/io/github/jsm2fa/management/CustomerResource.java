package io.github.jsm2fa.management;

import io.github.jsm2fa.policy.PolicyConfig;
import io.github.jsm2fa.policy.PolicyLocator;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * The management API under {@code /admin/realms/{realm}/jsm2fa-management}. Reading needs
 * view-users, changing needs manage-users (Keycloak answers 403 otherwise); every change is an
 * admin event.
 */
public class CustomerResource {

  static final int MAX_PAGE = 100;
  static final int MAX_BULK = 500;

  private static final Logger LOG = Logger.getLogger(CustomerResource.class);

  private final KeycloakSession session;
  private final RealmModel realm;
  private final AdminPermissionEvaluator auth;
  private final AdminEventBuilder adminEvent;

  public CustomerResource(
      KeycloakSession session,
      RealmModel realm,
      AdminPermissionEvaluator auth,
      AdminEventBuilder adminEvent) {
    this.session = session;
    this.realm = realm;
    this.auth = auth;
    this.adminEvent = adminEvent.realm(realm).resource(ResourceType.USER);
  }

  @GET
  @Path("dashboard")
  @Produces(MediaType.APPLICATION_JSON)
  public DashboardRepresentation dashboard() {
    auth.users().requireView();
    return DashboardBuilder.build(session, realm, reader());
  }

  @GET
  @Path("customers")
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Object> list(
      @QueryParam("search") String search,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("20") int max) {
    auth.users().requireView();
    CustomerStatusReader reader = reader();
    int size = Math.max(1, Math.min(max, MAX_PAGE));
    Map<String, String> query = new HashMap<>();
    query.put(UserModel.SEARCH, search == null || search.isBlank() ? "*" : search.strip());
    query.put(UserModel.INCLUDE_SERVICE_ACCOUNT, "false");

    List<CustomerRepresentation> customers =
        session
            .users()
            .searchForUserStream(realm, query, Math.max(0, first), size)
            .filter(reader::isCustomer)
            .map(reader::read)
            .toList();
    return Map.of("first", Math.max(0, first), "max", size, "customers", customers);
  }

  @GET
  @Path("customers/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public CustomerRepresentation get(@PathParam("id") String id) {
    UserModel user = customer(id);
    auth.users().requireView(user);
    return reader().read(user);
  }

  @POST
  @Path("customers/{id}/{action}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public ActionResult act(
      @PathParam("id") String id, @PathParam("action") String action, ActionRequest request) {
    if (!CustomerActions.NAMES.contains(action)) {
      throw new NotFoundException();
    }
    UserModel user = customer(id);
    auth.users().requireManage(user);
    return applyAndRecord(action, user, request);
  }

  @DELETE
  @Path("customers/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public ActionResult delete(@PathParam("id") String id) {
    UserModel user = customer(id);
    auth.users().requireManage(user);
    return applyAndRecord("delete", user, null);
  }

  @POST
  @Path("customers/bulk")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Object> bulk(ActionRequest request) {
    auth.users().requireManage();
    if (request == null
        || request.ids() == null
        || request.ids().isEmpty()
        || request.ids().size() > MAX_BULK
        || !CustomerActions.NAMES.contains(request.action())) {
      throw new BadRequestException();
    }

    CustomerStatusReader reader = reader();
    List<ActionResult> results = new ArrayList<>();
    for (String id : request.ids().stream().distinct().toList()) {
      UserModel user = id == null ? null : session.users().getUserById(realm, id);
      if (user == null || !reader.isCustomer(user)) {
        results.add(ActionResult.failed(id, request.action(), "not_found"));
      } else if (!auth.users().canManage(user)) {
        results.add(ActionResult.failed(id, request.action(), "forbidden"));
      } else {
        results.add(applyAndRecord(request.action(), user, request));
      }
    }
    long ok = results.stream().filter(ActionResult::ok).count();
    LOG.debugf(
        "Realm %s: bulk %s on %d customers, %d done, %d refused",
        realm.getName(), request.action(), results.size(), ok, results.size() - ok);
    return Map.of("action", request.action(), "results", results);
  }

  private ActionResult applyAndRecord(String action, UserModel user, ActionRequest request) {
    String id = user.getId();
    ActionResult result;
    try {
      result = new CustomerActions(session, realm).apply(action, user, request);
    } catch (RuntimeException e) {
      LOG.errorf(e, "Realm %s: %s on customer %s failed", realm.getName(), action, id);
      result = ActionResult.failed(id, action, "failed");
    }
    if (result.ok()) {
      adminEvent
          .operation("delete".equals(action) ? OperationType.DELETE : OperationType.ACTION)
          .resourcePath("users", id, "jsm2fa", action)
          .detail("jsm2faAction", action)
          .success();
      LOG.debugf("Realm %s: %s on customer %s", realm.getName(), action, id);
    }
    return result;
  }

  private UserModel customer(String id) {
    UserModel user = session.users().getUserById(realm, id);
    if (user == null || !reader().isCustomer(user)) {
      // Without view-users the answer is 403 whether or not the id exists, so ids cannot be probed.
      auth.users().requireView();
      throw new NotFoundException();
    }
    return user;
  }

  private CustomerStatusReader reader() {
    PolicyConfig policy;
    try {
      policy = PolicyLocator.policyOf(realm);
    } catch (PolicyConfig.InvalidConfigException e) {
      LOG.warnf("Realm %s: the 2FA policy is invalid (%s)", realm.getName(), e.getMessage());
      throw new InternalServerErrorException();
    }
    return new CustomerStatusReader(session, realm, policy);
  }
}

//! The route table, collected from the areas. Each area's `routes` function adds its own; the
//! server and the authorization matrix test both read the one list, so they cannot disagree.

use actix_web::http::Method;
use actix_web::web::{self, ServiceConfig};
use actix_web::{FromRequest, Handler, Responder, Route};

/// A method and path pattern the application answers; the authorization matrix test checks
/// that each has a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteSpec {
    pub method: Method,
    pub path: &'static str,
}

/// Whether a route runs behind the session middleware (every page) or outside it (health
/// checks and static files: no session lookup, no CSRF check, cacheable).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layer {
    Page,
    Bare,
}

#[derive(Default)]
pub struct Routes {
    specs: Vec<RouteSpec>,
    resources: Vec<(&'static str, Layer, Vec<Route>)>,
}

impl Routes {
    /// A page. Within an area, literal segments (`/new`) come before patterns (`/{id}`).
    pub fn get<F, Args>(&mut self, path: &'static str, handler: F)
    where
        F: Handler<Args>,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        self.add(Method::GET, path, Layer::Page, web::get().to(handler));
    }

    /// A form post; the session middleware checks its CSRF token before the handler runs.
    pub fn post<F, Args>(&mut self, path: &'static str, handler: F)
    where
        F: Handler<Args>,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        self.add(Method::POST, path, Layer::Page, web::post().to(handler));
    }

    /// A GET outside the session: nothing in it may depend on who asks.
    pub fn bare_get<F, Args>(&mut self, path: &'static str, handler: F)
    where
        F: Handler<Args>,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        self.add(Method::GET, path, Layer::Bare, web::get().to(handler));
    }

    fn add(&mut self, method: Method, path: &'static str, layer: Layer, route: Route) {
        self.specs.push(RouteSpec { method, path });
        match self.resources.iter_mut().find(|(p, _, _)| *p == path) {
            Some((_, existing, routes)) => {
                assert_eq!(*existing, layer, "{path} is registered in two layers");
                routes.push(route);
            }
            None => self.resources.push((path, layer, vec![route])),
        }
    }

    /// Every route of every area.
    pub fn all() -> Routes {
        let mut routes = Routes::default();
        crate::area_routes(&mut routes);
        routes
    }

    pub fn specs(&self) -> &[RouteSpec] {
        &self.specs
    }

    /// Splits the table into the routes outside the session and the pages.
    pub fn into_layers(
        self,
    ) -> (
        impl FnOnce(&mut ServiceConfig),
        impl FnOnce(&mut ServiceConfig),
    ) {
        let (bare, pages): (Vec<_>, Vec<_>) = self
            .resources
            .into_iter()
            .partition(|(_, layer, _)| *layer == Layer::Bare);
        (
            move |cfg: &mut ServiceConfig| register(cfg, bare),
            move |cfg: &mut ServiceConfig| register(cfg, pages),
        )
    }
}

fn register(cfg: &mut ServiceConfig, resources: Vec<(&'static str, Layer, Vec<Route>)>) {
    for (path, _, routes) in resources {
        let resource = routes
            .into_iter()
            .fold(web::resource(path), |res, route| res.route(route));
        cfg.service(resource);
    }
}

/// Every route the application answers.
pub fn route_specs() -> Vec<RouteSpec> {
    Routes::all().specs
}

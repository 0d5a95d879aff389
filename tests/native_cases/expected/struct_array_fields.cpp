#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

#define builtin_tid1d() wp::linear_tid<wp_linear_tid>(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)


struct State_62799a6a
{
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::float32> m;
    wp::int32 n;


    State_62799a6a() = default;
    CUDA_CALLABLE State_62799a6a(wp::array_t<wp::vec_t<3, wp::float32>> const& x,
    wp::array_t<wp::float32> const& m = {},
    wp::int32 const& n = {})
        : x{x}
        , m{m}
        , n{n}

    {
    }

    CUDA_CALLABLE State_62799a6a& operator += (const State_62799a6a& rhs)
    {    n += rhs.n;

        return *this;}

};

static CUDA_CALLABLE void adj_State_62799a6a(wp::array_t<wp::vec_t<3, wp::float32>> const&,
    wp::array_t<wp::float32> const&,
    wp::int32 const&,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_x,
    wp::array_t<wp::float32> & adj_m,
    wp::int32 & adj_n,
    State_62799a6a & adj_ret)
{
    adj_x = adj_ret.x;
    adj_m = adj_ret.m;
    adj_n += adj_ret.n;
}

// Required when compiling adjoints.
CUDA_CALLABLE State_62799a6a add(const State_62799a6a& a, const State_62799a6a& b)
{
    return State_62799a6a();
}

CUDA_CALLABLE void adj_atomic_add(State_62799a6a* p, State_62799a6a t)
{
    wp::adj_atomic_add(&p->x, t.x);
    wp::adj_atomic_add(&p->m, t.m);
    wp::adj_atomic_add(&p->n, t.n);
}




struct Particle_e4ac9d4e
{
    wp::float32 mass;
    wp::vec_t<3, wp::float32> vel;


    Particle_e4ac9d4e() = default;
    CUDA_CALLABLE Particle_e4ac9d4e(wp::float32 const& mass,
    wp::vec_t<3, wp::float32> const& vel = {})
        : mass{mass}
        , vel{vel}

    {
    }

    CUDA_CALLABLE Particle_e4ac9d4e& operator += (const Particle_e4ac9d4e& rhs)
    {    mass += rhs.mass;
    vel += rhs.vel;

        return *this;}

};

static CUDA_CALLABLE void adj_Particle_e4ac9d4e(wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 & adj_mass,
    wp::vec_t<3, wp::float32> & adj_vel,
    Particle_e4ac9d4e & adj_ret)
{
    adj_mass += adj_ret.mass;
    adj_vel += adj_ret.vel;
}

// Required when compiling adjoints.
CUDA_CALLABLE Particle_e4ac9d4e add(const Particle_e4ac9d4e& a, const Particle_e4ac9d4e& b)
{
    return Particle_e4ac9d4e();
}

CUDA_CALLABLE void adj_atomic_add(Particle_e4ac9d4e* p, Particle_e4ac9d4e t)
{
    wp::adj_atomic_add(&p->mass, t.mass);
    wp::adj_atomic_add(&p->vel, t.vel);
}




struct World_b851d12c
{
    State_62799a6a state;
    wp::array_t<Particle_e4ac9d4e> particles;
    wp::float64 scale;


    World_b851d12c() = default;
    CUDA_CALLABLE World_b851d12c(State_62799a6a const& state,
    wp::array_t<Particle_e4ac9d4e> const& particles = {},
    wp::float64 const& scale = {})
        : state{state}
        , particles{particles}
        , scale{scale}

    {
    }

    CUDA_CALLABLE World_b851d12c& operator += (const World_b851d12c& rhs)
    {    state += rhs.state;
    scale += rhs.scale;

        return *this;}

};

static CUDA_CALLABLE void adj_World_b851d12c(State_62799a6a const&,
    wp::array_t<Particle_e4ac9d4e> const&,
    wp::float64 const&,
    State_62799a6a & adj_state,
    wp::array_t<Particle_e4ac9d4e> & adj_particles,
    wp::float64 & adj_scale,
    World_b851d12c & adj_ret)
{
    adj_state += adj_ret.state;
    adj_particles = adj_ret.particles;
    adj_scale += adj_ret.scale;
}

// Required when compiling adjoints.
CUDA_CALLABLE World_b851d12c add(const World_b851d12c& a, const World_b851d12c& b)
{
    return World_b851d12c();
}

CUDA_CALLABLE void adj_atomic_add(World_b851d12c* p, World_b851d12c t)
{
    adj_atomic_add(&p->state, t.state);
    wp::adj_atomic_add(&p->particles, t.particles);
    wp::adj_atomic_add(&p->scale, t.scale);
}




// warpsynth/struct_array_fields.py:24
static wp::vec_t<3, wp::float32> scaled_point_0(
    State_62799a6a var_s,
    wp::int32 var_i)
{
    //---------
    // primal vars
    wp::array_t<wp::vec_t<3, wp::float32>>* var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_2;
    wp::int32* var_3;
    wp::float32 var_4;
    wp::int32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def scaled_point(s: State, i: int):                                                    <L 25>
    // return s.x[i] * float(s.n)                                                             <L 26>
    var_0 = &((var_s).x);
    var_2 = wp::load(var_0);
    var_1 = wp::address(var_2, var_i);
    var_3 = &((var_s).n);
    var_5 = wp::load(var_3);
    var_4 = wp::float(var_5);
    var_7 = wp::load(var_1);
    var_6 = wp::mul(var_7, var_4);
    return var_6;
}


// warpsynth/struct_array_fields.py:29
static void push_point_0(
    State_62799a6a var_s,
    wp::int32 var_i,
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    wp::array_t<wp::vec_t<3, wp::float32>>* var_0;
    wp::array_t<wp::vec_t<3, wp::float32>> var_1;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::array_t<wp::vec_t<3, wp::float32>> var_4;
    //---------
    // forward
    // def push_point(s: State, i: int, v: wp.vec3):                                          <L 30>
    // s.x[i] = v                                                                             <L 31>
    var_0 = &((var_s).x);
    var_1 = wp::load(var_0);
    wp::array_store(var_1, var_i, var_v);
    // wp.atomic_add(s.x, i, v)                                                               <L 32>
    var_2 = &((var_s).x);
    var_4 = wp::load(var_2);
    var_3 = wp::atomic_add(var_4, var_i, var_v);
}


// warpsynth/struct_array_fields.py:35
static wp::vec_t<3, wp::float32> point_of_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::int32 var_i)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // forward
    // def point_of(a: wp.array(dtype=wp.vec3), i: int):                                      <L 36>
    // return a[i]                                                                            <L 37>
    var_0 = wp::address(var_a, var_i);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    return var_1;
}


// warpsynth/struct_array_fields.py:40
static State_62799a6a make_state_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::float32> var_m)
{
    //---------
    // primal vars
    State_62799a6a var_0;
    const wp::int32 var_1 = 2;
    //---------
    // forward
    // def make_state(a: wp.array(dtype=wp.vec3), m: wp.array2d(dtype=float)) -> State:       <L 41>
    // s = State()                                                                            <L 42>
    var_0 = State_62799a6a();
    // s.x = a                                                                                <L 43>
    var_0.x = var_a;
    // s.m = m                                                                                <L 44>
    var_0.m = var_m;
    // s.n = 2                                                                                <L 45>
    var_0.n = var_1;
    // return s                                                                               <L 46>
    return var_0;
}


// warpsynth/struct_array_fields.py:24
static void adj_scaled_point_0(
    State_62799a6a var_s,
    wp::int32 var_i,
    State_62799a6a & adj_s,
    wp::int32 & adj_i,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::array_t<wp::vec_t<3, wp::float32>>* var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_2;
    wp::int32* var_3;
    wp::float32 var_4;
    wp::int32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // dual vars
    wp::array_t<wp::vec_t<3, wp::float32>> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def scaled_point(s: State, i: int):                                                    <L 25>
    // return s.x[i] * float(s.n)                                                             <L 26>
    var_0 = &((var_s).x);
    var_2 = wp::load(var_0);
    var_1 = wp::address(var_2, var_i);
    var_3 = &((var_s).n);
    var_5 = wp::load(var_3);
    var_4 = wp::float(var_5);
    var_7 = wp::load(var_1);
    var_6 = wp::mul(var_7, var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret;
    wp::adj_mul(var_7, var_4, adj_1, adj_4, adj_6);
    wp::adj_float(var_5, adj_3, adj_4);
    adj_s.n = adj_3;
    wp::adj_address(var_2, var_i, adj_0, adj_i, adj_1);
    adj_s.x = adj_0;
    // adj: return s.x[i] * float(s.n)                                                        <L 26>
    // adj: def scaled_point(s: State, i: int):                                               <L 25>
    return;
}


// warpsynth/struct_array_fields.py:29
static void adj_push_point_0(
    State_62799a6a var_s,
    wp::int32 var_i,
    wp::vec_t<3, wp::float32> var_v,
    State_62799a6a & adj_s,
    wp::int32 & adj_i,
    wp::vec_t<3, wp::float32> & adj_v)
{
    //---------
    // primal vars
    wp::array_t<wp::vec_t<3, wp::float32>>* var_0;
    wp::array_t<wp::vec_t<3, wp::float32>> var_1;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::array_t<wp::vec_t<3, wp::float32>> var_4;
    //---------
    // dual vars
    wp::array_t<wp::vec_t<3, wp::float32>> adj_0 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_1 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_4 = {};
    //---------
    // forward
    // def push_point(s: State, i: int, v: wp.vec3):                                          <L 30>
    // s.x[i] = v                                                                             <L 31>
    var_0 = &((var_s).x);
    var_1 = wp::load(var_0);
    // wp::array_store(var_1, var_i, var_v);
    // wp.atomic_add(s.x, i, v)                                                               <L 32>
    var_2 = &((var_s).x);
    var_4 = wp::load(var_2);
    // var_3 = wp::atomic_add(var_4, var_i, var_v);
    //---------
    // reverse
    wp::adj_atomic_add(var_4, var_i, var_v, adj_2, adj_i, adj_v, adj_3);
    adj_s.x = adj_2;
    // adj: wp.atomic_add(s.x, i, v)                                                          <L 32>
    wp::adj_array_store(var_1, var_i, var_v, adj_0, adj_i, adj_v);
    adj_s.x = adj_0;
    // adj: s.x[i] = v                                                                        <L 31>
    // adj: def push_point(s: State, i: int, v: wp.vec3):                                     <L 30>
    return;
}


// warpsynth/struct_array_fields.py:35
static void adj_point_of_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::int32 var_i,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_a,
    wp::int32 & adj_i,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    //---------
    // forward
    // def point_of(a: wp.array(dtype=wp.vec3), i: int):                                      <L 36>
    // return a[i]                                                                            <L 37>
    var_0 = wp::address(var_a, var_i);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_copy(var_2, adj_0, adj_1);
    wp::adj_address(var_a, var_i, adj_a, adj_i, adj_0);
    // adj: return a[i]                                                                       <L 37>
    // adj: def point_of(a: wp.array(dtype=wp.vec3), i: int):                                 <L 36>
    return;
}


// warpsynth/struct_array_fields.py:40
static void adj_make_state_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::float32> var_m,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_a,
    wp::array_t<wp::float32> & adj_m,
    State_62799a6a & adj_ret)
{
    //---------
    // primal vars
    State_62799a6a var_0;
    const wp::int32 var_1 = 2;
    //---------
    // dual vars
    State_62799a6a adj_0 = {};
    wp::int32 adj_1 = {};
    //---------
    // forward
    // def make_state(a: wp.array(dtype=wp.vec3), m: wp.array2d(dtype=float)) -> State:       <L 41>
    // s = State()                                                                            <L 42>
    var_0 = State_62799a6a();
    // s.x = a                                                                                <L 43>
    var_0.x = var_a;
    // s.m = m                                                                                <L 44>
    var_0.m = var_m;
    // s.n = 2                                                                                <L 45>
    var_0.n = var_1;
    // return s                                                                               <L 46>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    // adj: return s                                                                          <L 46>
    adj_0.n = {};
    // adj: s.n = 2                                                                           <L 45>
    adj_0.m = {};
    // adj: s.m = m                                                                           <L 44>
    adj_0.x = {};
    // adj: s.x = a                                                                           <L 43>
    // adj: s = State()                                                                       <L 42>
    // adj: def make_state(a: wp.array(dtype=wp.vec3), m: wp.array2d(dtype=float)) -> State:  <L 41>
    return;
}

struct wp_args_write_fields_17211dca {
    State_62799a6a s;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void write_fields_17211dca_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_write_fields_17211dca *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    State_62799a6a var_s = _wp_args->s;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 2.0;
    const wp::float32 var_3 = 3.0;
    wp::vec_t<3, wp::float32> var_4;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_5;
    wp::array_t<wp::vec_t<3, wp::float32>> var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::array_t<wp::float32>* var_10;
    const wp::int32 var_11 = 0;
    wp::array_t<wp::float32> var_12;
    const wp::float32 var_13 = 2.0;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    const wp::int32 var_16 = 1;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_20;
    wp::vec_t<3, wp::float32>* var_21;
    const wp::int32 var_22 = 2;
    //---------
    // forward
    // def write_fields(s: State, out: wp.array(dtype=float)):                                <L 56>
    // i = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // s.x[i] = wp.vec3(1.0, 2.0, 3.0)                                                        <L 58>
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    var_5 = &((var_s).x);
    var_6 = wp::load(var_5);
    wp::array_store(var_6, var_0, var_4);
    // s.m[i, 0] = out[i]                                                                     <L 59>
    var_7 = wp::address(var_out, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    var_10 = &((var_s).m);
    var_12 = wp::load(var_10);
    wp::array_store(var_12, var_0, var_11, var_8);
    // s.x[i].y = 2.0                                                                         <L 60>
    var_14 = &((var_s).x);
    var_15 = &(wp::index(*(var_14), var_0));
    wp::store(&(wp::index(*(var_14), var_0).component_ref(var_16)), var_13);
    // s.x[i][2] = out[i]                                                                     <L 61>
    var_17 = wp::address(var_out, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    var_20 = &((var_s).x);
    var_21 = &(wp::index(*(var_20), var_0));
    wp::store(&(wp::index(*(var_20), var_0).component_ref(var_22)), var_18);
}



template <bool wp_linear_contiguous>
static void write_fields_17211dca_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_write_fields_17211dca *_wp_args,
    wp_args_write_fields_17211dca *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    State_62799a6a var_s = _wp_args->s;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    State_62799a6a adj_s = _wp_adj_args->s;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 2.0;
    const wp::float32 var_3 = 3.0;
    wp::vec_t<3, wp::float32> var_4;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_5;
    wp::array_t<wp::vec_t<3, wp::float32>> var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::array_t<wp::float32>* var_10;
    const wp::int32 var_11 = 0;
    wp::array_t<wp::float32> var_12;
    const wp::float32 var_13 = 2.0;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    const wp::int32 var_16 = 1;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_20;
    wp::vec_t<3, wp::float32>* var_21;
    const wp::int32 var_22 = 2;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_5 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::array_t<wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::array_t<wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::int32 adj_22 = {};
    //---------
    // forward
    // def write_fields(s: State, out: wp.array(dtype=float)):                                <L 56>
    // i = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // s.x[i] = wp.vec3(1.0, 2.0, 3.0)                                                        <L 58>
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    var_5 = &((var_s).x);
    var_6 = wp::load(var_5);
    // wp::array_store(var_6, var_0, var_4);
    // s.m[i, 0] = out[i]                                                                     <L 59>
    var_7 = wp::address(var_out, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    var_10 = &((var_s).m);
    var_12 = wp::load(var_10);
    // wp::array_store(var_12, var_0, var_11, var_8);
    // s.x[i].y = 2.0                                                                         <L 60>
    var_14 = &((var_s).x);
    var_15 = &(wp::index(*(var_14), var_0));
    // wp::store(&(wp::index(*(var_14), var_0).component_ref(var_16)), var_13);
    // s.x[i][2] = out[i]                                                                     <L 61>
    var_17 = wp::address(var_out, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    var_20 = &((var_s).x);
    var_21 = &(wp::index(*(var_20), var_0));
    // wp::store(&(wp::index(*(var_20), var_0).component_ref(var_22)), var_18);
    //---------
    // reverse
    wp::adj_array_store_slot(*(var_20), ([&]() -> wp::array_t<wp::vec_t<3, wp::float32>> { auto slot_adj_0 = adj_s; auto slot_adj_1 = (slot_adj_0).x; return slot_adj_1; }()), adj_18, [&](auto& _e) -> auto& { return _e.component_ref(var_22); }, var_0);
    adj_s.x = adj_20;
    wp::adj_copy(var_19, adj_17, adj_18);
    wp::adj_address(var_out, var_0, adj_out, adj_0, adj_17);
    // adj: s.x[i][2] = out[i]                                                                <L 61>
    wp::adj_array_store_slot(*(var_14), ([&]() -> wp::array_t<wp::vec_t<3, wp::float32>> { auto slot_adj_0 = adj_s; auto slot_adj_1 = (slot_adj_0).x; return slot_adj_1; }()), adj_13, [&](auto& _e) -> auto& { return _e.component_ref(var_16); }, var_0);
    adj_s.x = adj_14;
    // adj: s.x[i].y = 2.0                                                                    <L 60>
    wp::adj_array_store(var_12, var_0, var_11, var_8, adj_10, adj_0, adj_11, adj_8);
    adj_s.m = adj_10;
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_out, var_0, adj_out, adj_0, adj_7);
    // adj: s.m[i, 0] = out[i]                                                                <L 59>
    wp::adj_array_store(var_6, var_0, var_4, adj_5, adj_0, adj_4);
    adj_s.x = adj_5;
    wp::adj_vec_t(var_1, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
    // adj: s.x[i] = wp.vec3(1.0, 2.0, 3.0)                                                   <L 58>
    // adj: i = wp.tid()                                                                      <L 57>
    // adj: def write_fields(s: State, out: wp.array(dtype=float)):                           <L 56>
    return;
}



struct write_fields_17211dca_cpu_block_payload_forward
{
    wp_args_write_fields_17211dca* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void write_fields_17211dca_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    write_fields_17211dca_cpu_block_payload_forward* payload = (write_fields_17211dca_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    write_fields_17211dca_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void write_fields_17211dca_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_write_fields_17211dca *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        write_fields_17211dca_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &write_fields_17211dca_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct write_fields_17211dca_cpu_block_payload_backward
{
    wp_args_write_fields_17211dca* args;
    wp_args_write_fields_17211dca* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void write_fields_17211dca_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    write_fields_17211dca_cpu_block_payload_backward* payload = (write_fields_17211dca_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    write_fields_17211dca_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void write_fields_17211dca_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_write_fields_17211dca *_wp_args,
    wp_args_write_fields_17211dca *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        write_fields_17211dca_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &write_fields_17211dca_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_field_sizes_1728eb33 {
    State_62799a6a s;
    wp::array_t<wp::int32> out;
};


template <bool wp_linear_contiguous>
static void field_sizes_1728eb33_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_field_sizes_1728eb33 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    State_62799a6a var_s = _wp_args->s;
    wp::array_t<wp::int32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::array_t<wp::vec_t<3, wp::float32>>* var_0;
    wp::int32 var_1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_2;
    const wp::int32 var_3 = 0;
    wp::array_t<wp::float32>* var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::shape_t var_8;
    const wp::int32 var_9 = 1;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    wp::shape_t var_14;
    wp::int32* var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 2;
    //---------
    // forward
    // def field_sizes(s: State, out: wp.array(dtype=int)):                                   <L 82>
    // out[0] = len(s.x)                                                                      <L 83>
    var_0 = &((var_s).x);
    var_2 = wp::load(var_0);
    var_1 = wp::len(var_2);
    wp::array_store(var_out, var_3, var_1);
    // out[1] = s.m.shape[1]                                                                  <L 84>
    var_4 = &((var_s).m);
    var_5 = &(var_4->shape);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    wp::array_store(var_out, var_9, var_7);
    // out[2] = s.x.shape[0] + s.n                                                            <L 85>
    var_10 = &((var_s).x);
    var_11 = &(var_10->shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    var_15 = &((var_s).n);
    var_17 = wp::load(var_15);
    var_16 = wp::add(var_13, var_17);
    wp::array_store(var_out, var_18, var_16);
}



template <bool wp_linear_contiguous>
static void field_sizes_1728eb33_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_field_sizes_1728eb33 *_wp_args,
    wp_args_field_sizes_1728eb33 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    State_62799a6a var_s = _wp_args->s;
    wp::array_t<wp::int32> var_out = _wp_args->out;
    State_62799a6a adj_s = _wp_adj_args->s;
    wp::array_t<wp::int32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::array_t<wp::vec_t<3, wp::float32>>* var_0;
    wp::int32 var_1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_2;
    const wp::int32 var_3 = 0;
    wp::array_t<wp::float32>* var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::shape_t var_8;
    const wp::int32 var_9 = 1;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    wp::shape_t var_14;
    wp::int32* var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 2;
    //---------
    // dual vars
    wp::array_t<wp::vec_t<3, wp::float32>> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_2 = {};
    wp::int32 adj_3 = {};
    wp::array_t<wp::float32> adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::shape_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_10 = {};
    wp::shape_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::shape_t adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    //---------
    // forward
    // def field_sizes(s: State, out: wp.array(dtype=int)):                                   <L 82>
    // out[0] = len(s.x)                                                                      <L 83>
    var_0 = &((var_s).x);
    var_2 = wp::load(var_0);
    var_1 = wp::len(var_2);
    // wp::array_store(var_out, var_3, var_1);
    // out[1] = s.m.shape[1]                                                                  <L 84>
    var_4 = &((var_s).m);
    var_5 = &(var_4->shape);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    // wp::array_store(var_out, var_9, var_7);
    // out[2] = s.x.shape[0] + s.n                                                            <L 85>
    var_10 = &((var_s).x);
    var_11 = &(var_10->shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    var_15 = &((var_s).n);
    var_17 = wp::load(var_15);
    var_16 = wp::add(var_13, var_17);
    // wp::array_store(var_out, var_18, var_16);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_18, var_16, adj_out, adj_18, adj_16);
    wp::adj_add(var_13, var_17, adj_13, adj_15, adj_16);
    adj_s.n = adj_15;
    adj_10.shape = adj_11;
    adj_s.x = adj_10;
    // adj: out[2] = s.x.shape[0] + s.n                                                       <L 85>
    wp::adj_array_store(var_out, var_9, var_7, adj_out, adj_9, adj_7);
    adj_4.shape = adj_5;
    adj_s.m = adj_4;
    // adj: out[1] = s.m.shape[1]                                                             <L 84>
    wp::adj_array_store(var_out, var_3, var_1, adj_out, adj_3, adj_1);
    adj_s.x = adj_0;
    // adj: out[0] = len(s.x)                                                                 <L 83>
    // adj: def field_sizes(s: State, out: wp.array(dtype=int)):                              <L 82>
    return;
}



struct field_sizes_1728eb33_cpu_block_payload_forward
{
    wp_args_field_sizes_1728eb33* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void field_sizes_1728eb33_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    field_sizes_1728eb33_cpu_block_payload_forward* payload = (field_sizes_1728eb33_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    field_sizes_1728eb33_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void field_sizes_1728eb33_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_field_sizes_1728eb33 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        field_sizes_1728eb33_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &field_sizes_1728eb33_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct field_sizes_1728eb33_cpu_block_payload_backward
{
    wp_args_field_sizes_1728eb33* args;
    wp_args_field_sizes_1728eb33* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void field_sizes_1728eb33_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    field_sizes_1728eb33_cpu_block_payload_backward* payload = (field_sizes_1728eb33_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    field_sizes_1728eb33_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void field_sizes_1728eb33_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_field_sizes_1728eb33 *_wp_args,
    wp_args_field_sizes_1728eb33 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        field_sizes_1728eb33_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &field_sizes_1728eb33_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_nested_fields_69fea347 {
    World_b851d12c w;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void nested_fields_69fea347_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_nested_fields_69fea347 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    World_b851d12c var_w = _wp_args->w;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    State_62799a6a* var_1;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::array_t<wp::vec_t<3, wp::float32>> var_4;
    wp::array_t<Particle_e4ac9d4e>* var_5;
    Particle_e4ac9d4e* var_6;
    wp::array_t<Particle_e4ac9d4e> var_7;
    wp::float32* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::array_t<Particle_e4ac9d4e>* var_13;
    Particle_e4ac9d4e* var_14;
    wp::array_t<Particle_e4ac9d4e> var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    State_62799a6a* var_20;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_21;
    wp::array_t<wp::vec_t<3, wp::float32>> var_22;
    State_62799a6a* var_23;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_24;
    wp::vec_t<3, wp::float32>* var_25;
    const wp::int32 var_26 = 2;
    wp::float64* var_27;
    wp::float32 var_28;
    wp::float64 var_29;
    State_62799a6a* var_30;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_31;
    wp::vec_t<3, wp::float32>* var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::array_t<wp::vec_t<3, wp::float32>> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::array_t<Particle_e4ac9d4e>* var_36;
    wp::array_t<Particle_e4ac9d4e> var_37;
    wp::array_t<Particle_e4ac9d4e> var_38;
    Particle_e4ac9d4e* var_39;
    wp::vec_t<3, wp::float32>* var_40;
    wp::array_t<Particle_e4ac9d4e>* var_41;
    const wp::int32 var_42 = 0;
    Particle_e4ac9d4e* var_43;
    wp::array_t<Particle_e4ac9d4e> var_44;
    wp::vec_t<3, wp::float32>* var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    //---------
    // forward
    // def nested_fields(w: World, out: wp.array(dtype=wp.vec3)):                             <L 99>
    // i = wp.tid()                                                                           <L 100>
    var_0 = builtin_tid1d();
    // out[i] = w.state.x[i] * w.particles[i].mass                                            <L 101>
    var_1 = &((var_w).state);
    var_2 = &(((var_w).state).x);
    var_4 = wp::load(var_2);
    var_3 = wp::address(var_4, var_0);
    var_5 = &((var_w).particles);
    var_7 = wp::load(var_5);
    var_6 = wp::address(var_7, var_0);
    var_8 = &(((*wp::address((var_w).particles, var_0))).mass);
    var_10 = wp::load(var_3);
    var_11 = wp::load(var_8);
    var_9 = wp::mul(var_10, var_11);
    wp::array_store(var_out, var_0, var_9);
    // w.state.x[i] = out[i] + w.particles[i].vel                                             <L 102>
    var_12 = wp::address(var_out, var_0);
    var_13 = &((var_w).particles);
    var_15 = wp::load(var_13);
    var_14 = wp::address(var_15, var_0);
    var_16 = &(((*wp::address((var_w).particles, var_0))).vel);
    var_18 = wp::load(var_12);
    var_19 = wp::load(var_16);
    var_17 = wp::add(var_18, var_19);
    var_20 = &((var_w).state);
    var_21 = &(((var_w).state).x);
    var_22 = wp::load(var_21);
    wp::array_store(var_22, var_0, var_17);
    // w.state.x[i][2] += float(w.scale)                                                      <L 103>
    var_23 = &((var_w).state);
    var_24 = &(((var_w).state).x);
    var_25 = &(wp::index(*(var_24), var_0));
    var_27 = &((var_w).scale);
    var_29 = wp::load(var_27);
    var_28 = wp::float(var_29);
    wp::array_atomic_add_slot(*(var_24), var_28, [&](auto& _e) -> auto& { return _e.component_ref(var_26); }, var_0);
    // wp.atomic_add(w.state.x, i, out[i])                                                    <L 104>
    var_30 = &((var_w).state);
    var_31 = &(((var_w).state).x);
    var_32 = wp::address(var_out, var_0);
    var_34 = wp::load(var_31);
    var_35 = wp::load(var_32);
    var_33 = wp::atomic_add(var_34, var_0, var_35);
    // ps = w.particles                                                                       <L 105>
    var_36 = &((var_w).particles);
    var_38 = wp::load(var_36);
    var_37 = wp::copy(var_38);
    // out[i] = ps[i].vel + w.particles[0].vel                                                <L 106>
    var_39 = wp::address(var_37, var_0);
    var_40 = &(((*wp::address((var_w).particles, var_0))).vel);
    var_41 = &((var_w).particles);
    var_44 = wp::load(var_41);
    var_43 = wp::address(var_44, var_42);
    var_45 = &(((*wp::address((var_w).particles, var_42))).vel);
    var_47 = wp::load(var_40);
    var_48 = wp::load(var_45);
    var_46 = wp::add(var_47, var_48);
    wp::array_store(var_out, var_0, var_46);
}



template <bool wp_linear_contiguous>
static void nested_fields_69fea347_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_nested_fields_69fea347 *_wp_args,
    wp_args_nested_fields_69fea347 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    World_b851d12c var_w = _wp_args->w;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    World_b851d12c adj_w = _wp_adj_args->w;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    State_62799a6a* var_1;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::array_t<wp::vec_t<3, wp::float32>> var_4;
    wp::array_t<Particle_e4ac9d4e>* var_5;
    Particle_e4ac9d4e* var_6;
    wp::array_t<Particle_e4ac9d4e> var_7;
    wp::float32* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::array_t<Particle_e4ac9d4e>* var_13;
    Particle_e4ac9d4e* var_14;
    wp::array_t<Particle_e4ac9d4e> var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    State_62799a6a* var_20;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_21;
    wp::array_t<wp::vec_t<3, wp::float32>> var_22;
    State_62799a6a* var_23;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_24;
    wp::vec_t<3, wp::float32>* var_25;
    const wp::int32 var_26 = 2;
    wp::float64* var_27;
    wp::float32 var_28;
    wp::float64 var_29;
    State_62799a6a* var_30;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_31;
    wp::vec_t<3, wp::float32>* var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::array_t<wp::vec_t<3, wp::float32>> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::array_t<Particle_e4ac9d4e>* var_36;
    wp::array_t<Particle_e4ac9d4e> var_37;
    wp::array_t<Particle_e4ac9d4e> var_38;
    Particle_e4ac9d4e* var_39;
    wp::vec_t<3, wp::float32>* var_40;
    wp::array_t<Particle_e4ac9d4e>* var_41;
    const wp::int32 var_42 = 0;
    Particle_e4ac9d4e* var_43;
    wp::array_t<Particle_e4ac9d4e> var_44;
    wp::vec_t<3, wp::float32>* var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    State_62799a6a adj_1 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_4 = {};
    wp::array_t<Particle_e4ac9d4e> adj_5 = {};
    Particle_e4ac9d4e adj_6 = {};
    wp::array_t<Particle_e4ac9d4e> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::array_t<Particle_e4ac9d4e> adj_13 = {};
    Particle_e4ac9d4e adj_14 = {};
    wp::array_t<Particle_e4ac9d4e> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    State_62799a6a adj_20 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_21 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_22 = {};
    State_62799a6a adj_23 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float64 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float64 adj_29 = {};
    State_62799a6a adj_30 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::array_t<Particle_e4ac9d4e> adj_36 = {};
    wp::array_t<Particle_e4ac9d4e> adj_37 = {};
    wp::array_t<Particle_e4ac9d4e> adj_38 = {};
    Particle_e4ac9d4e adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::array_t<Particle_e4ac9d4e> adj_41 = {};
    wp::int32 adj_42 = {};
    Particle_e4ac9d4e adj_43 = {};
    wp::array_t<Particle_e4ac9d4e> adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    //---------
    // forward
    // def nested_fields(w: World, out: wp.array(dtype=wp.vec3)):                             <L 99>
    // i = wp.tid()                                                                           <L 100>
    var_0 = builtin_tid1d();
    // out[i] = w.state.x[i] * w.particles[i].mass                                            <L 101>
    var_1 = &((var_w).state);
    var_2 = &(((var_w).state).x);
    var_4 = wp::load(var_2);
    var_3 = wp::address(var_4, var_0);
    var_5 = &((var_w).particles);
    var_7 = wp::load(var_5);
    var_6 = wp::address(var_7, var_0);
    var_8 = &(((*wp::address((var_w).particles, var_0))).mass);
    var_10 = wp::load(var_3);
    var_11 = wp::load(var_8);
    var_9 = wp::mul(var_10, var_11);
    // wp::array_store(var_out, var_0, var_9);
    // w.state.x[i] = out[i] + w.particles[i].vel                                             <L 102>
    var_12 = wp::address(var_out, var_0);
    var_13 = &((var_w).particles);
    var_15 = wp::load(var_13);
    var_14 = wp::address(var_15, var_0);
    var_16 = &(((*wp::address((var_w).particles, var_0))).vel);
    var_18 = wp::load(var_12);
    var_19 = wp::load(var_16);
    var_17 = wp::add(var_18, var_19);
    var_20 = &((var_w).state);
    var_21 = &(((var_w).state).x);
    var_22 = wp::load(var_21);
    // wp::array_store(var_22, var_0, var_17);
    // w.state.x[i][2] += float(w.scale)                                                      <L 103>
    var_23 = &((var_w).state);
    var_24 = &(((var_w).state).x);
    var_25 = &(wp::index(*(var_24), var_0));
    var_27 = &((var_w).scale);
    var_29 = wp::load(var_27);
    var_28 = wp::float(var_29);
    // wp::array_atomic_add_slot(*(var_24), var_28, [&](auto& _e) -> auto& { return _e.component_ref(var_26); }, var_0);
    // wp.atomic_add(w.state.x, i, out[i])                                                    <L 104>
    var_30 = &((var_w).state);
    var_31 = &(((var_w).state).x);
    var_32 = wp::address(var_out, var_0);
    var_34 = wp::load(var_31);
    var_35 = wp::load(var_32);
    // var_33 = wp::atomic_add(var_34, var_0, var_35);
    // ps = w.particles                                                                       <L 105>
    var_36 = &((var_w).particles);
    var_38 = wp::load(var_36);
    var_37 = wp::copy(var_38);
    // out[i] = ps[i].vel + w.particles[0].vel                                                <L 106>
    var_39 = wp::address(var_37, var_0);
    var_40 = &(((*wp::address((var_w).particles, var_0))).vel);
    var_41 = &((var_w).particles);
    var_44 = wp::load(var_41);
    var_43 = wp::address(var_44, var_42);
    var_45 = &(((*wp::address((var_w).particles, var_42))).vel);
    var_47 = wp::load(var_40);
    var_48 = wp::load(var_45);
    var_46 = wp::add(var_47, var_48);
    // wp::array_store(var_out, var_0, var_46);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_46, adj_out, adj_0, adj_46);
    wp::adj_add(var_47, var_48, adj_40, adj_45, adj_46);
    adj_43.vel += adj_45;
    wp::adj_address(var_44, var_42, adj_41, adj_42, adj_43);
    adj_w.particles = adj_41;
    adj_39.vel += adj_40;
    wp::adj_address(var_37, var_0, adj_37, adj_0, adj_39);
    // adj: out[i] = ps[i].vel + w.particles[0].vel                                           <L 106>
    wp::adj_copy(var_38, adj_36, adj_37);
    adj_w.particles = adj_36;
    // adj: ps = w.particles                                                                  <L 105>
    wp::adj_atomic_add(var_34, var_0, var_35, adj_31, adj_0, adj_32, adj_33);
    wp::adj_address(var_out, var_0, adj_out, adj_0, adj_32);
    adj_30.x = adj_31;
    adj_w.state += adj_30;
    // adj: wp.atomic_add(w.state.x, i, out[i])                                               <L 104>
    wp::adj_array_atomic_add_slot(*(var_24), ([&]() -> wp::array_t<wp::vec_t<3, wp::float32>> { auto slot_adj_0 = adj_w; auto slot_adj_1 = (slot_adj_0).state; auto slot_adj_2 = (slot_adj_1).x; return slot_adj_2; }()), adj_28, [&](auto& _e) -> auto& { return _e.component_ref(var_26); }, var_0);
    wp::adj_float(var_29, adj_27, adj_28);
    adj_w.scale += adj_27;
    adj_23.x = adj_24;
    adj_w.state += adj_23;
    // adj: w.state.x[i][2] += float(w.scale)                                                 <L 103>
    wp::adj_array_store(var_22, var_0, var_17, adj_21, adj_0, adj_17);
    adj_20.x = adj_21;
    adj_w.state += adj_20;
    wp::adj_add(var_18, var_19, adj_12, adj_16, adj_17);
    adj_14.vel += adj_16;
    wp::adj_address(var_15, var_0, adj_13, adj_0, adj_14);
    adj_w.particles = adj_13;
    wp::adj_address(var_out, var_0, adj_out, adj_0, adj_12);
    // adj: w.state.x[i] = out[i] + w.particles[i].vel                                        <L 102>
    wp::adj_array_store(var_out, var_0, var_9, adj_out, adj_0, adj_9);
    wp::adj_mul(var_10, var_11, adj_3, adj_8, adj_9);
    adj_6.mass += adj_8;
    wp::adj_address(var_7, var_0, adj_5, adj_0, adj_6);
    adj_w.particles = adj_5;
    wp::adj_address(var_4, var_0, adj_2, adj_0, adj_3);
    adj_1.x = adj_2;
    adj_w.state += adj_1;
    // adj: out[i] = w.state.x[i] * w.particles[i].mass                                       <L 101>
    // adj: i = wp.tid()                                                                      <L 100>
    // adj: def nested_fields(w: World, out: wp.array(dtype=wp.vec3)):                        <L 99>
    return;
}



struct nested_fields_69fea347_cpu_block_payload_forward
{
    wp_args_nested_fields_69fea347* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void nested_fields_69fea347_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    nested_fields_69fea347_cpu_block_payload_forward* payload = (nested_fields_69fea347_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    nested_fields_69fea347_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void nested_fields_69fea347_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_nested_fields_69fea347 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        nested_fields_69fea347_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &nested_fields_69fea347_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct nested_fields_69fea347_cpu_block_payload_backward
{
    wp_args_nested_fields_69fea347* args;
    wp_args_nested_fields_69fea347* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void nested_fields_69fea347_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    nested_fields_69fea347_cpu_block_payload_backward* payload = (nested_fields_69fea347_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    nested_fields_69fea347_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void nested_fields_69fea347_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_nested_fields_69fea347 *_wp_args,
    wp_args_nested_fields_69fea347 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        nested_fields_69fea347_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &nested_fields_69fea347_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_through_functions_7801f400 {
    State_62799a6a s;
    wp::array_t<wp::vec_t<3, wp::float32>> a;
    wp::array_t<wp::float32> m;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void through_functions_7801f400_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_through_functions_7801f400 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    State_62799a6a var_s = _wp_args->s;
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_m = _wp_args->m;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::array_t<wp::vec_t<3, wp::float32>> var_6;
    State_62799a6a var_7;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::array_t<wp::vec_t<3, wp::float32>> var_10;
    const wp::int32 var_11 = 3;
    State_62799a6a var_12;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_13;
    const wp::int32 var_14 = 0;
    wp::vec_t<3, wp::float32>* var_15;
    wp::array_t<wp::vec_t<3, wp::float32>> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    //---------
    // forward
    // def through_functions(s: State, a: wp.array(dtype=wp.vec3), m: wp.array2d(dtype=float), out: wp.array(dtype=wp.vec3)):       <L 89>
    // i = wp.tid()                                                                           <L 90>
    var_0 = builtin_tid1d();
    // out[i] = scaled_point(s, i)                                                            <L 91>
    var_1 = scaled_point_0(var_s, var_0);
    wp::array_store(var_out, var_0, var_1);
    // push_point(s, i, out[i])                                                               <L 92>
    var_2 = wp::address(var_out, var_0);
    var_3 = wp::load(var_2);
    push_point_0(var_s, var_0, var_3);
    // out[i] = point_of(s.x, i)                                                              <L 93>
    var_4 = &((var_s).x);
    var_6 = wp::load(var_4);
    var_5 = point_of_0(var_6, var_0);
    wp::array_store(var_out, var_0, var_5);
    // t = make_state(a, m)                                                                   <L 94>
    var_7 = make_state_0(var_a, var_m);
    // out[i] = t.x[i] + State(a, m, 3).x[0]                                                  <L 95>
    var_8 = &((var_7).x);
    var_10 = wp::load(var_8);
    var_9 = wp::address(var_10, var_0);
    var_12 = State_62799a6a(var_a, var_m, var_11);
    var_13 = &(var_12.x);
    var_16 = wp::load(var_13);
    var_15 = wp::address(var_16, var_14);
    var_18 = wp::load(var_9);
    var_19 = wp::load(var_15);
    var_17 = wp::add(var_18, var_19);
    wp::array_store(var_out, var_0, var_17);
}



template <bool wp_linear_contiguous>
static void through_functions_7801f400_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_through_functions_7801f400 *_wp_args,
    wp_args_through_functions_7801f400 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    State_62799a6a var_s = _wp_args->s;
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_m = _wp_args->m;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    State_62799a6a adj_s = _wp_adj_args->s;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_m = _wp_adj_args->m;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::array_t<wp::vec_t<3, wp::float32>> var_6;
    State_62799a6a var_7;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::array_t<wp::vec_t<3, wp::float32>> var_10;
    const wp::int32 var_11 = 3;
    State_62799a6a var_12;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_13;
    const wp::int32 var_14 = 0;
    wp::vec_t<3, wp::float32>* var_15;
    wp::array_t<wp::vec_t<3, wp::float32>> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_6 = {};
    State_62799a6a adj_7 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_10 = {};
    wp::int32 adj_11 = {};
    State_62799a6a adj_12 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    //---------
    // forward
    // def through_functions(s: State, a: wp.array(dtype=wp.vec3), m: wp.array2d(dtype=float), out: wp.array(dtype=wp.vec3)):       <L 89>
    // i = wp.tid()                                                                           <L 90>
    var_0 = builtin_tid1d();
    // out[i] = scaled_point(s, i)                                                            <L 91>
    var_1 = scaled_point_0(var_s, var_0);
    // wp::array_store(var_out, var_0, var_1);
    // push_point(s, i, out[i])                                                               <L 92>
    var_2 = wp::address(var_out, var_0);
    var_3 = wp::load(var_2);
    push_point_0(var_s, var_0, var_3);
    // out[i] = point_of(s.x, i)                                                              <L 93>
    var_4 = &((var_s).x);
    var_6 = wp::load(var_4);
    var_5 = point_of_0(var_6, var_0);
    // wp::array_store(var_out, var_0, var_5);
    // t = make_state(a, m)                                                                   <L 94>
    var_7 = make_state_0(var_a, var_m);
    // out[i] = t.x[i] + State(a, m, 3).x[0]                                                  <L 95>
    var_8 = &((var_7).x);
    var_10 = wp::load(var_8);
    var_9 = wp::address(var_10, var_0);
    var_12 = State_62799a6a(var_a, var_m, var_11);
    var_13 = &(var_12.x);
    var_16 = wp::load(var_13);
    var_15 = wp::address(var_16, var_14);
    var_18 = wp::load(var_9);
    var_19 = wp::load(var_15);
    var_17 = wp::add(var_18, var_19);
    // wp::array_store(var_out, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_17, adj_out, adj_0, adj_17);
    wp::adj_add(var_18, var_19, adj_9, adj_15, adj_17);
    wp::adj_address(var_16, var_14, adj_13, adj_14, adj_15);
    adj_12.x = adj_13;
    adj_State_62799a6a(var_a, var_m, var_11, adj_a, adj_m, adj_11, adj_12);
    wp::adj_address(var_10, var_0, adj_8, adj_0, adj_9);
    adj_7.x = adj_8;
    // adj: out[i] = t.x[i] + State(a, m, 3).x[0]                                             <L 95>
    adj_make_state_0(var_a, var_m, adj_a, adj_m, adj_7);
    // adj: t = make_state(a, m)                                                              <L 94>
    wp::adj_array_store(var_out, var_0, var_5, adj_out, adj_0, adj_5);
    adj_point_of_0(var_6, var_0, adj_4, adj_0, adj_5);
    adj_s.x = adj_4;
    // adj: out[i] = point_of(s.x, i)                                                         <L 93>
    adj_push_point_0(var_s, var_0, var_3, adj_s, adj_0, adj_2);
    wp::adj_address(var_out, var_0, adj_out, adj_0, adj_2);
    // adj: push_point(s, i, out[i])                                                          <L 92>
    wp::adj_array_store(var_out, var_0, var_1, adj_out, adj_0, adj_1);
    adj_scaled_point_0(var_s, var_0, adj_s, adj_0, adj_1);
    // adj: out[i] = scaled_point(s, i)                                                       <L 91>
    // adj: i = wp.tid()                                                                      <L 90>
    // adj: def through_functions(s: State, a: wp.array(dtype=wp.vec3), m: wp.array2d(dtype=float), out: wp.array(dtype=wp.vec3)):  <L 89>
    return;
}



struct through_functions_7801f400_cpu_block_payload_forward
{
    wp_args_through_functions_7801f400* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void through_functions_7801f400_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    through_functions_7801f400_cpu_block_payload_forward* payload = (through_functions_7801f400_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    through_functions_7801f400_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void through_functions_7801f400_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_through_functions_7801f400 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        through_functions_7801f400_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &through_functions_7801f400_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct through_functions_7801f400_cpu_block_payload_backward
{
    wp_args_through_functions_7801f400* args;
    wp_args_through_functions_7801f400* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void through_functions_7801f400_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    through_functions_7801f400_cpu_block_payload_backward* payload = (through_functions_7801f400_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    through_functions_7801f400_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void through_functions_7801f400_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_through_functions_7801f400 *_wp_args,
    wp_args_through_functions_7801f400 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        through_functions_7801f400_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &through_functions_7801f400_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_field_aliases_95daf418 {
    State_62799a6a s;
    State_62799a6a t;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void field_aliases_95daf418_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_field_aliases_95daf418 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    State_62799a6a var_s = _wp_args->s;
    State_62799a6a var_t = _wp_args->t;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_2;
    wp::array_t<wp::vec_t<3, wp::float32>> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::int32* var_11;
    const wp::int32 var_12 = 0;
    bool var_13;
    wp::int32 var_14;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_15;
    wp::array_t<wp::vec_t<3, wp::float32>> var_16;
    wp::array_t<wp::vec_t<3, wp::float32>> var_17;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_18;
    wp::array_t<wp::vec_t<3, wp::float32>> var_19;
    wp::array_t<wp::vec_t<3, wp::float32>> var_20;
    wp::array_t<wp::vec_t<3, wp::float32>> var_21;
    const wp::int32 var_22 = 2;
    bool var_23;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_24;
    wp::array_t<wp::vec_t<3, wp::float32>> var_25;
    wp::array_t<wp::vec_t<3, wp::float32>> var_26;
    wp::array_t<wp::vec_t<3, wp::float32>> var_27;
    const wp::int32 var_28 = 0;
    wp::int32 var_29;
    const wp::int32 var_30 = 2;
    bool var_31;
    wp::array_t<wp::vec_t<3, wp::float32>> var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::vec_t<3, wp::float32>* var_35;
    wp::vec_t<3, wp::float32>* var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    //---------
    // forward
    // def field_aliases(s: State, t: State, out: wp.array(dtype=wp.vec3)):                   <L 110>
    // i = wp.tid()                                                                           <L 111>
    var_0 = builtin_tid1d();
    // a = s.x                                                                                <L 112>
    var_1 = &((var_s).x);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out[i] = a[i]                                                                          <L 113>
    var_4 = wp::address(var_2, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    wp::array_store(var_out, var_0, var_5);
    // a[i] = out[0]                                                                          <L 114>
    var_8 = wp::address(var_out, var_7);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    wp::array_store(var_2, var_0, var_9);
    // b = s.x if s.n > 0 else t.x                                                            <L 115>
    var_11 = &((var_s).n);
    var_14 = wp::load(var_11);
    var_13 = (var_14 > var_12);
    if (var_13) {
        var_15 = &((var_s).x);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
    }
    if (!var_13) {
        var_18 = &((var_t).x);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
    }
    var_21 = wp::where(var_13, var_16, var_19);
    // if i > 2:                                                                              <L 116>
    var_23 = (var_0 > var_22);
    if (var_23) {
        // b = t.x                                                                            <L 117>
        var_24 = &((var_t).x);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
    }
    var_27 = wp::where(var_23, var_25, var_21);
    // j = int(0)                                                                             <L 118>
    var_29 = wp::int(var_28);
    // while j < 2:                                                                           <L 119>
    start_while_0:;
    var_31 = (var_29 < var_30);
    if ((var_31) == false) goto end_while_0;
        // a = b                                                                              <L 120>
        var_32 = wp::copy(var_27);
        // j = j + 1                                                                          <L 121>
        var_34 = wp::add(var_29, var_33);
        wp::assign(var_2, var_32);
        wp::assign(var_29, var_34);
    goto start_while_0;
    end_while_0:;
    // out[i] = a[i] + b[i]                                                                   <L 122>
    var_35 = wp::address(var_2, var_0);
    var_36 = wp::address(var_27, var_0);
    var_38 = wp::load(var_35);
    var_39 = wp::load(var_36);
    var_37 = wp::add(var_38, var_39);
    wp::array_store(var_out, var_0, var_37);
}



template <bool wp_linear_contiguous>
static void field_aliases_95daf418_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_field_aliases_95daf418 *_wp_args,
    wp_args_field_aliases_95daf418 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    State_62799a6a var_s = _wp_args->s;
    State_62799a6a var_t = _wp_args->t;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    State_62799a6a adj_s = _wp_adj_args->s;
    State_62799a6a adj_t = _wp_adj_args->t;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_2;
    wp::array_t<wp::vec_t<3, wp::float32>> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::int32* var_11;
    const wp::int32 var_12 = 0;
    bool var_13;
    wp::int32 var_14;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_15;
    wp::array_t<wp::vec_t<3, wp::float32>> var_16;
    wp::array_t<wp::vec_t<3, wp::float32>> var_17;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_18;
    wp::array_t<wp::vec_t<3, wp::float32>> var_19;
    wp::array_t<wp::vec_t<3, wp::float32>> var_20;
    wp::array_t<wp::vec_t<3, wp::float32>> var_21;
    const wp::int32 var_22 = 2;
    bool var_23;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_24;
    wp::array_t<wp::vec_t<3, wp::float32>> var_25;
    wp::array_t<wp::vec_t<3, wp::float32>> var_26;
    wp::array_t<wp::vec_t<3, wp::float32>> var_27;
    const wp::int32 var_28 = 0;
    wp::int32 var_29;
    const wp::int32 var_30 = 2;
    bool var_31;
    wp::array_t<wp::vec_t<3, wp::float32>> var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::vec_t<3, wp::float32>* var_35;
    wp::vec_t<3, wp::float32>* var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_1 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_2 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    bool adj_13 = {};
    wp::int32 adj_14 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_15 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_16 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_17 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_18 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_19 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_20 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_21 = {};
    wp::int32 adj_22 = {};
    bool adj_23 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_24 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_25 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_26 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    bool adj_31 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    //---------
    // forward
    // def field_aliases(s: State, t: State, out: wp.array(dtype=wp.vec3)):                   <L 110>
    // i = wp.tid()                                                                           <L 111>
    var_0 = builtin_tid1d();
    // a = s.x                                                                                <L 112>
    var_1 = &((var_s).x);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out[i] = a[i]                                                                          <L 113>
    var_4 = wp::address(var_2, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // wp::array_store(var_out, var_0, var_5);
    // a[i] = out[0]                                                                          <L 114>
    var_8 = wp::address(var_out, var_7);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // wp::array_store(var_2, var_0, var_9);
    // b = s.x if s.n > 0 else t.x                                                            <L 115>
    var_11 = &((var_s).n);
    var_14 = wp::load(var_11);
    var_13 = (var_14 > var_12);
    if (var_13) {
        var_15 = &((var_s).x);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
    }
    if (!var_13) {
        var_18 = &((var_t).x);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
    }
    var_21 = wp::where(var_13, var_16, var_19);
    // if i > 2:                                                                              <L 116>
    var_23 = (var_0 > var_22);
    if (var_23) {
        // b = t.x                                                                            <L 117>
        var_24 = &((var_t).x);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
    }
    var_27 = wp::where(var_23, var_25, var_21);
    // j = int(0)                                                                             <L 118>
    var_29 = wp::int(var_28);
    // while j < 2:                                                                           <L 119>
    // out[i] = a[i] + b[i]                                                                   <L 122>
    var_35 = wp::address(var_2, var_0);
    var_36 = wp::address(var_27, var_0);
    var_38 = wp::load(var_35);
    var_39 = wp::load(var_36);
    var_37 = wp::add(var_38, var_39);
    // wp::array_store(var_out, var_0, var_37);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_37, adj_out, adj_0, adj_37);
    wp::adj_add(var_38, var_39, adj_35, adj_36, adj_37);
    wp::adj_address(var_27, var_0, adj_27, adj_0, adj_36);
    wp::adj_address(var_2, var_0, adj_2, adj_0, adj_35);
    // adj: out[i] = a[i] + b[i]                                                              <L 122>
    start_while_0:;
    var_31 = (var_29 < var_30);
    if ((var_31) == false) goto end_while_0;
    adj_32 = {};
    adj_33 = {};
    adj_34 = {};
        // a = b                                                                              <L 120>
        var_32 = wp::copy(var_27);
        // j = j + 1                                                                          <L 121>
        var_34 = wp::add(var_29, var_33);
        wp::assign(var_2, var_32);
        wp::assign(var_29, var_34);
        wp::adj_assign(var_29, var_34, adj_29, adj_34);
        wp::adj_assign(var_2, var_32, adj_2, adj_32);
        wp::adj_add(var_29, var_33, adj_29, adj_33, adj_34);
        // adj: j = j + 1                                                                     <L 121>
        wp::adj_copy(var_27, adj_27, adj_32);
        // adj: a = b                                                                         <L 120>
    goto start_while_0;
    end_while_0:;
    // adj: while j < 2:                                                                      <L 119>
    // adj: j = int(0)                                                                        <L 118>
    wp::adj_where(var_23, var_25, var_21, adj_23, adj_25, adj_21, adj_27);
    if (var_23) {
        wp::adj_copy(var_26, adj_24, adj_25);
        adj_t.x = adj_24;
        // adj: b = t.x                                                                       <L 117>
    }
    // adj: if i > 2:                                                                         <L 116>
    wp::adj_where(var_13, var_16, var_19, adj_13, adj_16, adj_19, adj_21);
    if (!var_13) {
        wp::adj_copy(var_20, adj_18, adj_19);
        adj_t.x = adj_18;
    }
    if (var_13) {
        wp::adj_copy(var_17, adj_15, adj_16);
        adj_s.x = adj_15;
    }
    adj_s.n = adj_11;
    // adj: b = s.x if s.n > 0 else t.x                                                       <L 115>
    wp::adj_array_store(var_2, var_0, var_9, adj_2, adj_0, adj_9);
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_out, var_7, adj_out, adj_7, adj_8);
    // adj: a[i] = out[0]                                                                     <L 114>
    wp::adj_array_store(var_out, var_0, var_5, adj_out, adj_0, adj_5);
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_2, var_0, adj_2, adj_0, adj_4);
    // adj: out[i] = a[i]                                                                     <L 113>
    wp::adj_copy(var_3, adj_1, adj_2);
    adj_s.x = adj_1;
    // adj: a = s.x                                                                           <L 112>
    // adj: i = wp.tid()                                                                      <L 111>
    // adj: def field_aliases(s: State, t: State, out: wp.array(dtype=wp.vec3)):              <L 110>
    return;
}



struct field_aliases_95daf418_cpu_block_payload_forward
{
    wp_args_field_aliases_95daf418* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void field_aliases_95daf418_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    field_aliases_95daf418_cpu_block_payload_forward* payload = (field_aliases_95daf418_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    field_aliases_95daf418_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void field_aliases_95daf418_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_field_aliases_95daf418 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        field_aliases_95daf418_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &field_aliases_95daf418_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct field_aliases_95daf418_cpu_block_payload_backward
{
    wp_args_field_aliases_95daf418* args;
    wp_args_field_aliases_95daf418* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void field_aliases_95daf418_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    field_aliases_95daf418_cpu_block_payload_backward* payload = (field_aliases_95daf418_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    field_aliases_95daf418_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void field_aliases_95daf418_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_field_aliases_95daf418 *_wp_args,
    wp_args_field_aliases_95daf418 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        field_aliases_95daf418_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &field_aliases_95daf418_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_atomic_fields_b2428174 {
    State_62799a6a s;
    wp::vec_t<3, wp::float32> v;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void atomic_fields_b2428174_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_atomic_fields_b2428174 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    State_62799a6a var_s = _wp_args->s;
    wp::vec_t<3, wp::float32> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::array_t<wp::vec_t<3, wp::float32>> var_3;
    wp::array_t<wp::float32>* var_4;
    const wp::int32 var_5 = 0;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    wp::array_t<wp::float32> var_8;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::array_t<wp::vec_t<3, wp::float32>> var_11;
    //---------
    // forward
    // def atomic_fields(s: State, v: wp.vec3, out: wp.array(dtype=float)):                   <L 74>
    // i = wp.tid()                                                                           <L 75>
    var_0 = builtin_tid1d();
    // wp.atomic_add(s.x, i, v)                                                               <L 76>
    var_1 = &((var_s).x);
    var_3 = wp::load(var_1);
    var_2 = wp::atomic_add(var_3, var_0, var_v);
    // out[i] = wp.atomic_max(s.m, i, 0, 1.0)                                                 <L 77>
    var_4 = &((var_s).m);
    var_8 = wp::load(var_4);
    var_7 = wp::atomic_max(var_8, var_0, var_5, var_6);
    wp::array_store(var_out, var_0, var_7);
    // wp.atomic_sub(s.x, i, v)                                                               <L 78>
    var_9 = &((var_s).x);
    var_11 = wp::load(var_9);
    var_10 = wp::atomic_sub(var_11, var_0, var_v);
}



template <bool wp_linear_contiguous>
static void atomic_fields_b2428174_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_atomic_fields_b2428174 *_wp_args,
    wp_args_atomic_fields_b2428174 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    State_62799a6a var_s = _wp_args->s;
    wp::vec_t<3, wp::float32> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    State_62799a6a adj_s = _wp_adj_args->s;
    wp::vec_t<3, wp::float32> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::array_t<wp::vec_t<3, wp::float32>> var_3;
    wp::array_t<wp::float32>* var_4;
    const wp::int32 var_5 = 0;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    wp::array_t<wp::float32> var_8;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::array_t<wp::vec_t<3, wp::float32>> var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_3 = {};
    wp::array_t<wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::array_t<wp::float32> adj_8 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_11 = {};
    //---------
    // forward
    // def atomic_fields(s: State, v: wp.vec3, out: wp.array(dtype=float)):                   <L 74>
    // i = wp.tid()                                                                           <L 75>
    var_0 = builtin_tid1d();
    // wp.atomic_add(s.x, i, v)                                                               <L 76>
    var_1 = &((var_s).x);
    var_3 = wp::load(var_1);
    // var_2 = wp::atomic_add(var_3, var_0, var_v);
    // out[i] = wp.atomic_max(s.m, i, 0, 1.0)                                                 <L 77>
    var_4 = &((var_s).m);
    var_8 = wp::load(var_4);
    // var_7 = wp::atomic_max(var_8, var_0, var_5, var_6);
    // wp::array_store(var_out, var_0, var_7);
    // wp.atomic_sub(s.x, i, v)                                                               <L 78>
    var_9 = &((var_s).x);
    var_11 = wp::load(var_9);
    // var_10 = wp::atomic_sub(var_11, var_0, var_v);
    //---------
    // reverse
    wp::adj_atomic_sub(var_11, var_0, var_v, adj_9, adj_0, adj_v, adj_10);
    adj_s.x = adj_9;
    // adj: wp.atomic_sub(s.x, i, v)                                                          <L 78>
    wp::adj_array_store(var_out, var_0, var_7, adj_out, adj_0, adj_7);
    wp::adj_atomic_max(var_8, var_0, var_5, var_6, adj_4, adj_0, adj_5, adj_6, adj_7);
    adj_s.m = adj_4;
    // adj: out[i] = wp.atomic_max(s.m, i, 0, 1.0)                                            <L 77>
    wp::adj_atomic_add(var_3, var_0, var_v, adj_1, adj_0, adj_v, adj_2);
    adj_s.x = adj_1;
    // adj: wp.atomic_add(s.x, i, v)                                                          <L 76>
    // adj: i = wp.tid()                                                                      <L 75>
    // adj: def atomic_fields(s: State, v: wp.vec3, out: wp.array(dtype=float)):              <L 74>
    return;
}



struct atomic_fields_b2428174_cpu_block_payload_forward
{
    wp_args_atomic_fields_b2428174* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void atomic_fields_b2428174_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    atomic_fields_b2428174_cpu_block_payload_forward* payload = (atomic_fields_b2428174_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    atomic_fields_b2428174_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void atomic_fields_b2428174_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_atomic_fields_b2428174 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        atomic_fields_b2428174_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &atomic_fields_b2428174_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct atomic_fields_b2428174_cpu_block_payload_backward
{
    wp_args_atomic_fields_b2428174* args;
    wp_args_atomic_fields_b2428174* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void atomic_fields_b2428174_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    atomic_fields_b2428174_cpu_block_payload_backward* payload = (atomic_fields_b2428174_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    atomic_fields_b2428174_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void atomic_fields_b2428174_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_atomic_fields_b2428174 *_wp_args,
    wp_args_atomic_fields_b2428174 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        atomic_fields_b2428174_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &atomic_fields_b2428174_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_read_fields_bbea3028 {
    State_62799a6a s;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void read_fields_bbea3028_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_read_fields_bbea3028 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    State_62799a6a var_s = _wp_args->s;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::array_t<wp::vec_t<3, wp::float32>> var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::array_t<wp::float32>* var_7;
    const wp::int32 var_8 = 0;
    wp::float32* var_9;
    wp::array_t<wp::float32> var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::array_t<wp::float32>* var_13;
    const wp::int32 var_14 = 1;
    wp::float32* var_15;
    wp::array_t<wp::float32> var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::int32* var_19;
    wp::float32 var_20;
    wp::int32 var_21;
    wp::float32 var_22;
    //---------
    // forward
    // def read_fields(s: State, out: wp.array(dtype=float)):                                 <L 50>
    // i = wp.tid()                                                                           <L 51>
    var_0 = builtin_tid1d();
    // out[i] = s.x[i][1] * s.m[i, 0] + s.m[i][1] + float(s.n)                                <L 52>
    var_1 = &((var_s).x);
    var_3 = wp::load(var_1);
    var_2 = wp::address(var_3, var_0);
    var_6 = wp::load(var_2);
    var_5 = wp::extract(var_6, var_4);
    var_7 = &((var_s).m);
    var_10 = wp::load(var_7);
    var_9 = wp::address(var_10, var_0, var_8);
    var_12 = wp::load(var_9);
    var_11 = wp::mul(var_5, var_12);
    var_13 = &((var_s).m);
    var_16 = wp::load(var_13);
    var_15 = wp::address(var_16, var_0, var_14);
    var_18 = wp::load(var_15);
    var_17 = wp::add(var_11, var_18);
    var_19 = &((var_s).n);
    var_21 = wp::load(var_19);
    var_20 = wp::float(var_21);
    var_22 = wp::add(var_17, var_20);
    wp::array_store(var_out, var_0, var_22);
}



template <bool wp_linear_contiguous>
static void read_fields_bbea3028_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_read_fields_bbea3028 *_wp_args,
    wp_args_read_fields_bbea3028 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    State_62799a6a var_s = _wp_args->s;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    State_62799a6a adj_s = _wp_adj_args->s;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::array_t<wp::vec_t<3, wp::float32>> var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::array_t<wp::float32>* var_7;
    const wp::int32 var_8 = 0;
    wp::float32* var_9;
    wp::array_t<wp::float32> var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::array_t<wp::float32>* var_13;
    const wp::int32 var_14 = 1;
    wp::float32* var_15;
    wp::array_t<wp::float32> var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::int32* var_19;
    wp::float32 var_20;
    wp::int32 var_21;
    wp::float32 var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::array_t<wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::array_t<wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::array_t<wp::float32> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::array_t<wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    //---------
    // forward
    // def read_fields(s: State, out: wp.array(dtype=float)):                                 <L 50>
    // i = wp.tid()                                                                           <L 51>
    var_0 = builtin_tid1d();
    // out[i] = s.x[i][1] * s.m[i, 0] + s.m[i][1] + float(s.n)                                <L 52>
    var_1 = &((var_s).x);
    var_3 = wp::load(var_1);
    var_2 = wp::address(var_3, var_0);
    var_6 = wp::load(var_2);
    var_5 = wp::extract(var_6, var_4);
    var_7 = &((var_s).m);
    var_10 = wp::load(var_7);
    var_9 = wp::address(var_10, var_0, var_8);
    var_12 = wp::load(var_9);
    var_11 = wp::mul(var_5, var_12);
    var_13 = &((var_s).m);
    var_16 = wp::load(var_13);
    var_15 = wp::address(var_16, var_0, var_14);
    var_18 = wp::load(var_15);
    var_17 = wp::add(var_11, var_18);
    var_19 = &((var_s).n);
    var_21 = wp::load(var_19);
    var_20 = wp::float(var_21);
    var_22 = wp::add(var_17, var_20);
    // wp::array_store(var_out, var_0, var_22);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_22, adj_out, adj_0, adj_22);
    wp::adj_add(var_17, var_20, adj_17, adj_20, adj_22);
    wp::adj_float(var_21, adj_19, adj_20);
    adj_s.n = adj_19;
    wp::adj_add(var_11, var_18, adj_11, adj_15, adj_17);
    wp::adj_address(var_16, var_0, var_14, adj_13, adj_0, adj_14, adj_15);
    adj_s.m = adj_13;
    wp::adj_mul(var_5, var_12, adj_5, adj_9, adj_11);
    wp::adj_address(var_10, var_0, var_8, adj_7, adj_0, adj_8, adj_9);
    adj_s.m = adj_7;
    wp::adj_extract(var_6, var_4, adj_2, adj_4, adj_5);
    wp::adj_address(var_3, var_0, adj_1, adj_0, adj_2);
    adj_s.x = adj_1;
    // adj: out[i] = s.x[i][1] * s.m[i, 0] + s.m[i][1] + float(s.n)                           <L 52>
    // adj: i = wp.tid()                                                                      <L 51>
    // adj: def read_fields(s: State, out: wp.array(dtype=float)):                            <L 50>
    return;
}



struct read_fields_bbea3028_cpu_block_payload_forward
{
    wp_args_read_fields_bbea3028* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void read_fields_bbea3028_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    read_fields_bbea3028_cpu_block_payload_forward* payload = (read_fields_bbea3028_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    read_fields_bbea3028_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void read_fields_bbea3028_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_read_fields_bbea3028 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        read_fields_bbea3028_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &read_fields_bbea3028_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct read_fields_bbea3028_cpu_block_payload_backward
{
    wp_args_read_fields_bbea3028* args;
    wp_args_read_fields_bbea3028* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void read_fields_bbea3028_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    read_fields_bbea3028_cpu_block_payload_backward* payload = (read_fields_bbea3028_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    read_fields_bbea3028_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void read_fields_bbea3028_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_read_fields_bbea3028 *_wp_args,
    wp_args_read_fields_bbea3028 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        read_fields_bbea3028_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &read_fields_bbea3028_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_update_fields_dccd916c {
    State_62799a6a s;
    wp::vec_t<3, wp::float32> v;
};


template <bool wp_linear_contiguous>
static void update_fields_dccd916c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_fields_dccd916c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    State_62799a6a var_s = _wp_args->s;
    wp::vec_t<3, wp::float32> var_v = _wp_args->v;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::array_t<wp::vec_t<3, wp::float32>> var_3;
    wp::array_t<wp::float32>* var_4;
    const wp::int32 var_5 = 1;
    const wp::float32 var_6 = 2.0;
    wp::float32 var_7;
    wp::array_t<wp::float32> var_8;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_9;
    wp::vec_t<3, wp::float32>* var_10;
    const wp::int32 var_11 = 1;
    const wp::float32 var_12 = 1.0;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_13;
    wp::vec_t<3, wp::float32>* var_14;
    const wp::int32 var_15 = 0;
    const wp::float32 var_16 = 2.0;
    //---------
    // forward
    // def update_fields(s: State, v: wp.vec3):                                               <L 65>
    // i = wp.tid()                                                                           <L 66>
    var_0 = builtin_tid1d();
    // s.x[i] += v                                                                            <L 67>
    var_1 = &((var_s).x);
    var_3 = wp::load(var_1);
    var_2 = wp::atomic_add(var_3, var_0, var_v);
    // s.m[i, 1] -= 2.0                                                                       <L 68>
    var_4 = &((var_s).m);
    var_8 = wp::load(var_4);
    var_7 = wp::atomic_sub(var_8, var_0, var_5, var_6);
    // s.x[i].y += 1.0                                                                        <L 69>
    var_9 = &((var_s).x);
    var_10 = &(wp::index(*(var_9), var_0));
    wp::array_atomic_add_slot(*(var_9), var_12, [&](auto& _e) -> auto& { return _e.component_ref(var_11); }, var_0);
    // s.x[i][0] -= 2.0                                                                       <L 70>
    var_13 = &((var_s).x);
    var_14 = &(wp::index(*(var_13), var_0));
    wp::array_atomic_sub_slot(*(var_13), var_16, [&](auto& _e) -> auto& { return _e.component_ref(var_15); }, var_0);
}



template <bool wp_linear_contiguous>
static void update_fields_dccd916c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_fields_dccd916c *_wp_args,
    wp_args_update_fields_dccd916c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    State_62799a6a var_s = _wp_args->s;
    wp::vec_t<3, wp::float32> var_v = _wp_args->v;
    State_62799a6a adj_s = _wp_adj_args->s;
    wp::vec_t<3, wp::float32> adj_v = _wp_adj_args->v;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::array_t<wp::vec_t<3, wp::float32>> var_3;
    wp::array_t<wp::float32>* var_4;
    const wp::int32 var_5 = 1;
    const wp::float32 var_6 = 2.0;
    wp::float32 var_7;
    wp::array_t<wp::float32> var_8;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_9;
    wp::vec_t<3, wp::float32>* var_10;
    const wp::int32 var_11 = 1;
    const wp::float32 var_12 = 1.0;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_13;
    wp::vec_t<3, wp::float32>* var_14;
    const wp::int32 var_15 = 0;
    const wp::float32 var_16 = 2.0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_3 = {};
    wp::array_t<wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::array_t<wp::float32> adj_8 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    //---------
    // forward
    // def update_fields(s: State, v: wp.vec3):                                               <L 65>
    // i = wp.tid()                                                                           <L 66>
    var_0 = builtin_tid1d();
    // s.x[i] += v                                                                            <L 67>
    var_1 = &((var_s).x);
    var_3 = wp::load(var_1);
    // var_2 = wp::atomic_add(var_3, var_0, var_v);
    // s.m[i, 1] -= 2.0                                                                       <L 68>
    var_4 = &((var_s).m);
    var_8 = wp::load(var_4);
    // var_7 = wp::atomic_sub(var_8, var_0, var_5, var_6);
    // s.x[i].y += 1.0                                                                        <L 69>
    var_9 = &((var_s).x);
    var_10 = &(wp::index(*(var_9), var_0));
    // wp::array_atomic_add_slot(*(var_9), var_12, [&](auto& _e) -> auto& { return _e.component_ref(var_11); }, var_0);
    // s.x[i][0] -= 2.0                                                                       <L 70>
    var_13 = &((var_s).x);
    var_14 = &(wp::index(*(var_13), var_0));
    // wp::array_atomic_sub_slot(*(var_13), var_16, [&](auto& _e) -> auto& { return _e.component_ref(var_15); }, var_0);
    //---------
    // reverse
    wp::adj_array_atomic_sub_slot(*(var_13), ([&]() -> wp::array_t<wp::vec_t<3, wp::float32>> { auto slot_adj_0 = adj_s; auto slot_adj_1 = (slot_adj_0).x; return slot_adj_1; }()), adj_16, [&](auto& _e) -> auto& { return _e.component_ref(var_15); }, var_0);
    adj_s.x = adj_13;
    // adj: s.x[i][0] -= 2.0                                                                  <L 70>
    wp::adj_array_atomic_add_slot(*(var_9), ([&]() -> wp::array_t<wp::vec_t<3, wp::float32>> { auto slot_adj_0 = adj_s; auto slot_adj_1 = (slot_adj_0).x; return slot_adj_1; }()), adj_12, [&](auto& _e) -> auto& { return _e.component_ref(var_11); }, var_0);
    adj_s.x = adj_9;
    // adj: s.x[i].y += 1.0                                                                   <L 69>
    wp::adj_atomic_sub(var_8, var_0, var_5, var_6, adj_4, adj_0, adj_5, adj_6, adj_7);
    adj_s.m = adj_4;
    // adj: s.m[i, 1] -= 2.0                                                                  <L 68>
    wp::adj_atomic_add(var_3, var_0, var_v, adj_1, adj_0, adj_v, adj_2);
    adj_s.x = adj_1;
    // adj: s.x[i] += v                                                                       <L 67>
    // adj: i = wp.tid()                                                                      <L 66>
    // adj: def update_fields(s: State, v: wp.vec3):                                          <L 65>
    return;
}



struct update_fields_dccd916c_cpu_block_payload_forward
{
    wp_args_update_fields_dccd916c* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void update_fields_dccd916c_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    update_fields_dccd916c_cpu_block_payload_forward* payload = (update_fields_dccd916c_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    update_fields_dccd916c_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void update_fields_dccd916c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_fields_dccd916c *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        update_fields_dccd916c_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &update_fields_dccd916c_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct update_fields_dccd916c_cpu_block_payload_backward
{
    wp_args_update_fields_dccd916c* args;
    wp_args_update_fields_dccd916c* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void update_fields_dccd916c_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    update_fields_dccd916c_cpu_block_payload_backward* payload = (update_fields_dccd916c_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    update_fields_dccd916c_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void update_fields_dccd916c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_fields_dccd916c *_wp_args,
    wp_args_update_fields_dccd916c *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        update_fields_dccd916c_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &update_fields_dccd916c_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C


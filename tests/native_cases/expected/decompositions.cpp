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


// warpsynth/decompositions.py:37
static wp::vec_t<3, wp::float32> angular_velocity_0(
    wp::quat_t<wp::float32> var_q0,
    wp::quat_t<wp::float32> var_q1,
    wp::float32 var_dt)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::quat_t<wp::float32> var_1;
    wp::quat_t<wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    //---------
    // forward
    // def angular_velocity(q0: wp.quat, q1: wp.quat, dt: float):                             <L 38>
    // dq = wp.normalize(q1 * wp.quat_inverse(q0))                                            <L 39>
    var_0 = wp::quat_inverse(var_q0);
    var_1 = wp::mul(var_q1, var_0);
    var_2 = wp::normalize(var_1);
    // axis, angle = wp.quat_to_axis_angle(dq)                                                <L 40>
    wp::quat_to_axis_angle(var_2, var_3, var_4);
    // return axis * (angle / dt)                                                             <L 41>
    var_5 = wp::div(var_4, var_dt);
    var_6 = wp::mul(var_3, var_5);
    return var_6;
}


// warpsynth/decompositions.py:25
static wp::float32 singular_0(
    wp::mat_t<2, 2, wp::float32> var_m)
{
    //---------
    // primal vars
    wp::mat_t<2, 2, wp::float32> var_0;
    wp::vec_t<2, wp::float32> var_1;
    wp::mat_t<2, 2, wp::float32> var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::mat_t<2, 2, wp::float32> var_5;
    wp::mat_t<2, 2, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def singular(m: wp.mat22):                                                             <L 26>
    // u, s, v = wp.svd2(m)                                                                   <L 27>
    wp::svd2(var_m, var_0, var_1, var_2);
    // return s[0] * wp.determinant(u * wp.transpose(v))                                      <L 28>
    var_4 = wp::extract(var_1, var_3);
    var_5 = wp::transpose(var_2);
    var_6 = wp::mul(var_0, var_5);
    var_7 = wp::determinant(var_6);
    var_8 = wp::mul(var_4, var_7);
    return var_8;
}


// warpsynth/decompositions.py:37
static void adj_angular_velocity_0(
    wp::quat_t<wp::float32> var_q0,
    wp::quat_t<wp::float32> var_q1,
    wp::float32 var_dt,
    wp::quat_t<wp::float32> & adj_q0,
    wp::quat_t<wp::float32> & adj_q1,
    wp::float32 & adj_dt,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::quat_t<wp::float32> var_1;
    wp::quat_t<wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    //---------
    // dual vars
    wp::quat_t<wp::float32> adj_0 = {};
    wp::quat_t<wp::float32> adj_1 = {};
    wp::quat_t<wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    //---------
    // forward
    // def angular_velocity(q0: wp.quat, q1: wp.quat, dt: float):                             <L 38>
    // dq = wp.normalize(q1 * wp.quat_inverse(q0))                                            <L 39>
    var_0 = wp::quat_inverse(var_q0);
    var_1 = wp::mul(var_q1, var_0);
    var_2 = wp::normalize(var_1);
    // axis, angle = wp.quat_to_axis_angle(dq)                                                <L 40>
    wp::quat_to_axis_angle(var_2, var_3, var_4);
    // return axis * (angle / dt)                                                             <L 41>
    var_5 = wp::div(var_4, var_dt);
    var_6 = wp::mul(var_3, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret;
    wp::adj_mul(var_3, var_5, adj_3, adj_5, adj_6);
    wp::adj_div(var_4, var_dt, var_5, adj_4, adj_dt, adj_5);
    // adj: return axis * (angle / dt)                                                        <L 41>
    wp::adj_quat_to_axis_angle(var_2, var_3, var_4, adj_2, adj_3, adj_4);
    // adj: axis, angle = wp.quat_to_axis_angle(dq)                                           <L 40>
    wp::adj_normalize(var_1, adj_1, adj_2);
    wp::adj_mul(var_q1, var_0, adj_q1, adj_0, adj_1);
    wp::adj_quat_inverse(var_q0, adj_q0, adj_0);
    // adj: dq = wp.normalize(q1 * wp.quat_inverse(q0))                                       <L 39>
    // adj: def angular_velocity(q0: wp.quat, q1: wp.quat, dt: float):                        <L 38>
    return;
}


// warpsynth/decompositions.py:25
static void adj_singular_0(
    wp::mat_t<2, 2, wp::float32> var_m,
    wp::mat_t<2, 2, wp::float32> & adj_m,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::mat_t<2, 2, wp::float32> var_0;
    wp::vec_t<2, wp::float32> var_1;
    wp::mat_t<2, 2, wp::float32> var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::mat_t<2, 2, wp::float32> var_5;
    wp::mat_t<2, 2, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // dual vars
    wp::mat_t<2, 2, wp::float32> adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::mat_t<2, 2, wp::float32> adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::mat_t<2, 2, wp::float32> adj_5 = {};
    wp::mat_t<2, 2, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    //---------
    // forward
    // def singular(m: wp.mat22):                                                             <L 26>
    // u, s, v = wp.svd2(m)                                                                   <L 27>
    wp::svd2(var_m, var_0, var_1, var_2);
    // return s[0] * wp.determinant(u * wp.transpose(v))                                      <L 28>
    var_4 = wp::extract(var_1, var_3);
    var_5 = wp::transpose(var_2);
    var_6 = wp::mul(var_0, var_5);
    var_7 = wp::determinant(var_6);
    var_8 = wp::mul(var_4, var_7);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret;
    wp::adj_mul(var_4, var_7, adj_4, adj_7, adj_8);
    wp::adj_determinant(var_6, adj_6, adj_7);
    wp::adj_mul(var_0, var_5, adj_0, adj_5, adj_6);
    wp::adj_transpose(var_2, adj_2, adj_5);
    wp::adj_extract(var_1, var_3, adj_1, adj_3, adj_4);
    // adj: return s[0] * wp.determinant(u * wp.transpose(v))                                 <L 28>
    wp::adj_svd2(var_m, var_0, var_1, var_2, adj_m, adj_0, adj_1, adj_2);
    // adj: u, s, v = wp.svd2(m)                                                              <L 27>
    // adj: def singular(m: wp.mat22):                                                        <L 26>
    return;
}

struct wp_args_spin_3c1b1a59 {
    wp::array_t<wp::quat_t<wp::float32>> q;
    wp::array_t<wp::quat_t<wp::float64>> q_prev;
    wp::array_t<wp::vec_t<3, wp::float32>> w;
    wp::float32 dt;
};


template <bool wp_linear_contiguous>
static void spin_3c1b1a59_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_spin_3c1b1a59 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::quat_t<wp::float64>> var_q_prev = _wp_args->q_prev;
    wp::array_t<wp::vec_t<3, wp::float32>> var_w = _wp_args->w;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float64>* var_1;
    wp::quat_t<wp::float32> var_2;
    wp::quat_t<wp::float64> var_3;
    wp::quat_t<wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::quat_t<wp::float32> var_6;
    wp::quat_t<wp::float64>* var_7;
    wp::vec_t<3, wp::float64> var_8;
    wp::float64 var_9;
    wp::quat_t<wp::float64> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    //---------
    // forward
    // def spin(q: wp.array(dtype=wp.quat), q_prev: wp.array(dtype=wp.quatd), w: wp.array(dtype=wp.vec3), dt: float):       <L 45>
    // i = wp.tid()                                                                           <L 46>
    var_0 = builtin_tid1d();
    // w[i] = angular_velocity(wp.quat(q_prev[i]), q[i], dt)                                  <L 47>
    var_1 = wp::address(var_q_prev, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::quat_t<wp::float32>(var_3);
    var_4 = wp::address(var_q, var_0);
    var_6 = wp::load(var_4);
    var_5 = angular_velocity_0(var_2, var_6, var_dt);
    wp::array_store(var_w, var_0, var_5);
    // n, theta = wp.quat_to_axis_angle(q_prev[i])                                            <L 48>
    var_7 = wp::address(var_q_prev, var_0);
    var_10 = wp::load(var_7);
    wp::quat_to_axis_angle(var_10, var_8, var_9);
    // w[i] += wp.vec3(n) * float(theta)                                                      <L 49>
    var_11 = wp::vec_t<3, wp::float32>(var_8);
    var_12 = wp::float(var_9);
    var_13 = wp::mul(var_11, var_12);
    var_14 = wp::atomic_add(var_w, var_0, var_13);
}



template <bool wp_linear_contiguous>
static void spin_3c1b1a59_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_spin_3c1b1a59 *_wp_args,
    wp_args_spin_3c1b1a59 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::quat_t<wp::float64>> var_q_prev = _wp_args->q_prev;
    wp::array_t<wp::vec_t<3, wp::float32>> var_w = _wp_args->w;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::quat_t<wp::float32>> adj_q = _wp_adj_args->q;
    wp::array_t<wp::quat_t<wp::float64>> adj_q_prev = _wp_adj_args->q_prev;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_w = _wp_adj_args->w;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float64>* var_1;
    wp::quat_t<wp::float32> var_2;
    wp::quat_t<wp::float64> var_3;
    wp::quat_t<wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::quat_t<wp::float32> var_6;
    wp::quat_t<wp::float64>* var_7;
    wp::vec_t<3, wp::float64> var_8;
    wp::float64 var_9;
    wp::quat_t<wp::float64> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::quat_t<wp::float64> adj_1 = {};
    wp::quat_t<wp::float32> adj_2 = {};
    wp::quat_t<wp::float64> adj_3 = {};
    wp::quat_t<wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::quat_t<wp::float32> adj_6 = {};
    wp::quat_t<wp::float64> adj_7 = {};
    wp::vec_t<3, wp::float64> adj_8 = {};
    wp::float64 adj_9 = {};
    wp::quat_t<wp::float64> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    //---------
    // forward
    // def spin(q: wp.array(dtype=wp.quat), q_prev: wp.array(dtype=wp.quatd), w: wp.array(dtype=wp.vec3), dt: float):       <L 45>
    // i = wp.tid()                                                                           <L 46>
    var_0 = builtin_tid1d();
    // w[i] = angular_velocity(wp.quat(q_prev[i]), q[i], dt)                                  <L 47>
    var_1 = wp::address(var_q_prev, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::quat_t<wp::float32>(var_3);
    var_4 = wp::address(var_q, var_0);
    var_6 = wp::load(var_4);
    var_5 = angular_velocity_0(var_2, var_6, var_dt);
    // wp::array_store(var_w, var_0, var_5);
    // n, theta = wp.quat_to_axis_angle(q_prev[i])                                            <L 48>
    var_7 = wp::address(var_q_prev, var_0);
    var_10 = wp::load(var_7);
    wp::quat_to_axis_angle(var_10, var_8, var_9);
    // w[i] += wp.vec3(n) * float(theta)                                                      <L 49>
    var_11 = wp::vec_t<3, wp::float32>(var_8);
    var_12 = wp::float(var_9);
    var_13 = wp::mul(var_11, var_12);
    // var_14 = wp::atomic_add(var_w, var_0, var_13);
    //---------
    // reverse
    wp::adj_atomic_add(var_w, var_0, var_13, adj_w, adj_0, adj_13, adj_14);
    wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_float(var_9, adj_9, adj_12);
    wp::adj_vec_t(var_8, adj_8, adj_11);
    // adj: w[i] += wp.vec3(n) * float(theta)                                                 <L 49>
    wp::adj_quat_to_axis_angle(var_10, var_8, var_9, adj_7, adj_8, adj_9);
    wp::adj_address(var_q_prev, var_0, adj_q_prev, adj_0, adj_7);
    // adj: n, theta = wp.quat_to_axis_angle(q_prev[i])                                       <L 48>
    wp::adj_array_store(var_w, var_0, var_5, adj_w, adj_0, adj_5);
    adj_angular_velocity_0(var_2, var_6, var_dt, adj_2, adj_4, adj_dt, adj_5);
    wp::adj_address(var_q, var_0, adj_q, adj_0, adj_4);
    wp::adj_quat_t(var_3, adj_1, adj_2);
    wp::adj_address(var_q_prev, var_0, adj_q_prev, adj_0, adj_1);
    // adj: w[i] = angular_velocity(wp.quat(q_prev[i]), q[i], dt)                             <L 47>
    // adj: i = wp.tid()                                                                      <L 46>
    // adj: def spin(q: wp.array(dtype=wp.quat), q_prev: wp.array(dtype=wp.quatd), w: wp.array(dtype=wp.vec3), dt: float):  <L 45>
    return;
}



struct spin_3c1b1a59_cpu_block_payload_forward
{
    wp_args_spin_3c1b1a59* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void spin_3c1b1a59_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    spin_3c1b1a59_cpu_block_payload_forward* payload = (spin_3c1b1a59_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    spin_3c1b1a59_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void spin_3c1b1a59_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_spin_3c1b1a59 *_wp_args)
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
        spin_3c1b1a59_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &spin_3c1b1a59_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct spin_3c1b1a59_cpu_block_payload_backward
{
    wp_args_spin_3c1b1a59* args;
    wp_args_spin_3c1b1a59* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void spin_3c1b1a59_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    spin_3c1b1a59_cpu_block_payload_backward* payload = (spin_3c1b1a59_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    spin_3c1b1a59_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void spin_3c1b1a59_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_spin_3c1b1a59 *_wp_args,
    wp_args_spin_3c1b1a59 *_wp_adj_args)
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
        spin_3c1b1a59_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &spin_3c1b1a59_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_polar_824f595c {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> F;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> R;
    wp::array_t<wp::vec_t<3, wp::float32>> sigmas;
};


template <bool wp_linear_contiguous>
static void polar_824f595c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_polar_824f595c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F = _wp_args->F;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_R = _wp_args->R;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sigmas = _wp_args->sigmas;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    //---------
    // forward
    // def polar(F: wp.array(dtype=wp.mat33), R: wp.array(dtype=wp.mat33), sigmas: wp.array(dtype=wp.vec3)):       <L 8>
    // i = wp.tid()                                                                           <L 9>
    var_0 = builtin_tid1d();
    // U, sigma, V = wp.svd3(F[i])                                                            <L 10>
    var_1 = wp::address(var_F, var_0);
    var_5 = wp::load(var_1);
    wp::svd3(var_5, var_2, var_3, var_4);
    // R[i] = U * wp.transpose(V)                                                             <L 11>
    var_6 = wp::transpose(var_4);
    var_7 = wp::mul(var_2, var_6);
    wp::array_store(var_R, var_0, var_7);
    // sigmas[i] = sigma                                                                      <L 12>
    wp::array_store(var_sigmas, var_0, var_3);
}



template <bool wp_linear_contiguous>
static void polar_824f595c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_polar_824f595c *_wp_args,
    wp_args_polar_824f595c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F = _wp_args->F;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_R = _wp_args->R;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sigmas = _wp_args->sigmas;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_F = _wp_adj_args->F;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_R = _wp_adj_args->R;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sigmas = _wp_adj_args->sigmas;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::mat_t<3, 3, wp::float32> adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    wp::mat_t<3, 3, wp::float32> adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def polar(F: wp.array(dtype=wp.mat33), R: wp.array(dtype=wp.mat33), sigmas: wp.array(dtype=wp.vec3)):       <L 8>
    // i = wp.tid()                                                                           <L 9>
    var_0 = builtin_tid1d();
    // U, sigma, V = wp.svd3(F[i])                                                            <L 10>
    var_1 = wp::address(var_F, var_0);
    var_5 = wp::load(var_1);
    wp::svd3(var_5, var_2, var_3, var_4);
    // R[i] = U * wp.transpose(V)                                                             <L 11>
    var_6 = wp::transpose(var_4);
    var_7 = wp::mul(var_2, var_6);
    // wp::array_store(var_R, var_0, var_7);
    // sigmas[i] = sigma                                                                      <L 12>
    // wp::array_store(var_sigmas, var_0, var_3);
    //---------
    // reverse
    wp::adj_array_store(var_sigmas, var_0, var_3, adj_sigmas, adj_0, adj_3);
    // adj: sigmas[i] = sigma                                                                 <L 12>
    wp::adj_array_store(var_R, var_0, var_7, adj_R, adj_0, adj_7);
    wp::adj_mul(var_2, var_6, adj_2, adj_6, adj_7);
    wp::adj_transpose(var_4, adj_4, adj_6);
    // adj: R[i] = U * wp.transpose(V)                                                        <L 11>
    wp::adj_svd3(var_5, var_2, var_3, var_4, adj_1, adj_2, adj_3, adj_4);
    wp::adj_address(var_F, var_0, adj_F, adj_0, adj_1);
    // adj: U, sigma, V = wp.svd3(F[i])                                                       <L 10>
    // adj: i = wp.tid()                                                                      <L 9>
    // adj: def polar(F: wp.array(dtype=wp.mat33), R: wp.array(dtype=wp.mat33), sigmas: wp.array(dtype=wp.vec3)):  <L 8>
    return;
}



struct polar_824f595c_cpu_block_payload_forward
{
    wp_args_polar_824f595c* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void polar_824f595c_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    polar_824f595c_cpu_block_payload_forward* payload = (polar_824f595c_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    polar_824f595c_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void polar_824f595c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_polar_824f595c *_wp_args)
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
        polar_824f595c_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &polar_824f595c_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct polar_824f595c_cpu_block_payload_backward
{
    wp_args_polar_824f595c* args;
    wp_args_polar_824f595c* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void polar_824f595c_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    polar_824f595c_cpu_block_payload_backward* payload = (polar_824f595c_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    polar_824f595c_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void polar_824f595c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_polar_824f595c *_wp_args,
    wp_args_polar_824f595c *_wp_adj_args)
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
        polar_824f595c_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &polar_824f595c_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_planar_96c097d3 {
    wp::array_t<wp::mat_t<2, 2, wp::float32>> m;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void planar_96c097d3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_planar_96c097d3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<2, 2, wp::float32>* var_1;
    wp::float32 var_2;
    wp::mat_t<2, 2, wp::float32> var_3;
    //---------
    // forward
    // def planar(m: wp.array(dtype=wp.mat22), out: wp.array(dtype=float)):                   <L 32>
    // i = wp.tid()                                                                           <L 33>
    var_0 = builtin_tid1d();
    // out[i] = singular(m[i])                                                                <L 34>
    var_1 = wp::address(var_m, var_0);
    var_3 = wp::load(var_1);
    var_2 = singular_0(var_3);
    wp::array_store(var_out, var_0, var_2);
}



template <bool wp_linear_contiguous>
static void planar_96c097d3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_planar_96c097d3 *_wp_args,
    wp_args_planar_96c097d3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_m = _wp_adj_args->m;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<2, 2, wp::float32>* var_1;
    wp::float32 var_2;
    wp::mat_t<2, 2, wp::float32> var_3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<2, 2, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::mat_t<2, 2, wp::float32> adj_3 = {};
    //---------
    // forward
    // def planar(m: wp.array(dtype=wp.mat22), out: wp.array(dtype=float)):                   <L 32>
    // i = wp.tid()                                                                           <L 33>
    var_0 = builtin_tid1d();
    // out[i] = singular(m[i])                                                                <L 34>
    var_1 = wp::address(var_m, var_0);
    var_3 = wp::load(var_1);
    var_2 = singular_0(var_3);
    // wp::array_store(var_out, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
    adj_singular_0(var_3, adj_1, adj_2);
    wp::adj_address(var_m, var_0, adj_m, adj_0, adj_1);
    // adj: out[i] = singular(m[i])                                                           <L 34>
    // adj: i = wp.tid()                                                                      <L 33>
    // adj: def planar(m: wp.array(dtype=wp.mat22), out: wp.array(dtype=float)):              <L 32>
    return;
}



struct planar_96c097d3_cpu_block_payload_forward
{
    wp_args_planar_96c097d3* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void planar_96c097d3_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    planar_96c097d3_cpu_block_payload_forward* payload = (planar_96c097d3_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    planar_96c097d3_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void planar_96c097d3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_planar_96c097d3 *_wp_args)
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
        planar_96c097d3_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &planar_96c097d3_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct planar_96c097d3_cpu_block_payload_backward
{
    wp_args_planar_96c097d3* args;
    wp_args_planar_96c097d3* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void planar_96c097d3_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    planar_96c097d3_cpu_block_payload_backward* payload = (planar_96c097d3_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    planar_96c097d3_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void planar_96c097d3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_planar_96c097d3 *_wp_args,
    wp_args_planar_96c097d3 *_wp_adj_args)
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
        planar_96c097d3_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &planar_96c097d3_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_spectra_e751e7a1 {
    wp::array_t<wp::mat_t<3, 3, wp::float64>> A;
    wp::array_t<wp::vec_t<3, wp::float64>> out;
    wp::array_t<wp::mat_t<3, 3, wp::float64>> Q;
};


template <bool wp_linear_contiguous>
static void spectra_e751e7a1_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_spectra_e751e7a1 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float64>> var_A = _wp_args->A;
    wp::array_t<wp::vec_t<3, wp::float64>> var_out = _wp_args->out;
    wp::array_t<wp::mat_t<3, 3, wp::float64>> var_Q = _wp_args->Q;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float64>* var_1;
    wp::mat_t<3, 3, wp::float64>* var_2;
    wp::mat_t<3, 3, wp::float64> var_3;
    wp::mat_t<3, 3, wp::float64> var_4;
    wp::mat_t<3, 3, wp::float64> var_5;
    wp::mat_t<3, 3, wp::float64> var_6;
    wp::mat_t<3, 3, wp::float64> var_7;
    wp::vec_t<3, wp::float64> var_8;
    wp::mat_t<3, 3, wp::float64>* var_9;
    wp::mat_t<3, 3, wp::float64> var_10;
    wp::mat_t<3, 3, wp::float64> var_11;
    wp::mat_t<3, 3, wp::float64> var_12;
    wp::vec_t<3, wp::float64> var_13;
    wp::vec_t<3, wp::float64> var_14;
    wp::mat_t<3, 3, wp::float64> var_15;
    //---------
    // forward
    // def spectra(A: wp.array(dtype=wp.mat33d), out: wp.array(dtype=wp.vec3d), Q: wp.array(dtype=wp.mat33d)):       <L 16>
    // i = wp.tid()                                                                           <L 17>
    var_0 = builtin_tid1d();
    // S = A[i] + wp.transpose(A[i])                                                          <L 18>
    var_1 = wp::address(var_A, var_0);
    var_2 = wp::address(var_A, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::transpose(var_4);
    var_6 = wp::load(var_1);
    var_5 = wp::add(var_6, var_3);
    // vecs, vals = wp.eig3(S)                                                                <L 19>
    wp::eig3(var_5, var_7, var_8);
    // q, r = wp.qr3(A[i])                                                                    <L 20>
    var_9 = wp::address(var_A, var_0);
    var_12 = wp::load(var_9);
    wp::qr3(var_12, var_10, var_11);
    // out[i] = vals + wp.get_diag(r)                                                         <L 21>
    var_13 = wp::get_diag(var_11);
    var_14 = wp::add(var_8, var_13);
    wp::array_store(var_out, var_0, var_14);
    // Q[i] = vecs * q                                                                        <L 22>
    var_15 = wp::mul(var_7, var_10);
    wp::array_store(var_Q, var_0, var_15);
}



template <bool wp_linear_contiguous>
static void spectra_e751e7a1_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_spectra_e751e7a1 *_wp_args,
    wp_args_spectra_e751e7a1 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float64>> var_A = _wp_args->A;
    wp::array_t<wp::vec_t<3, wp::float64>> var_out = _wp_args->out;
    wp::array_t<wp::mat_t<3, 3, wp::float64>> var_Q = _wp_args->Q;
    wp::array_t<wp::mat_t<3, 3, wp::float64>> adj_A = _wp_adj_args->A;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::mat_t<3, 3, wp::float64>> adj_Q = _wp_adj_args->Q;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float64>* var_1;
    wp::mat_t<3, 3, wp::float64>* var_2;
    wp::mat_t<3, 3, wp::float64> var_3;
    wp::mat_t<3, 3, wp::float64> var_4;
    wp::mat_t<3, 3, wp::float64> var_5;
    wp::mat_t<3, 3, wp::float64> var_6;
    wp::mat_t<3, 3, wp::float64> var_7;
    wp::vec_t<3, wp::float64> var_8;
    wp::mat_t<3, 3, wp::float64>* var_9;
    wp::mat_t<3, 3, wp::float64> var_10;
    wp::mat_t<3, 3, wp::float64> var_11;
    wp::mat_t<3, 3, wp::float64> var_12;
    wp::vec_t<3, wp::float64> var_13;
    wp::vec_t<3, wp::float64> var_14;
    wp::mat_t<3, 3, wp::float64> var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 3, wp::float64> adj_1 = {};
    wp::mat_t<3, 3, wp::float64> adj_2 = {};
    wp::mat_t<3, 3, wp::float64> adj_3 = {};
    wp::mat_t<3, 3, wp::float64> adj_4 = {};
    wp::mat_t<3, 3, wp::float64> adj_5 = {};
    wp::mat_t<3, 3, wp::float64> adj_6 = {};
    wp::mat_t<3, 3, wp::float64> adj_7 = {};
    wp::vec_t<3, wp::float64> adj_8 = {};
    wp::mat_t<3, 3, wp::float64> adj_9 = {};
    wp::mat_t<3, 3, wp::float64> adj_10 = {};
    wp::mat_t<3, 3, wp::float64> adj_11 = {};
    wp::mat_t<3, 3, wp::float64> adj_12 = {};
    wp::vec_t<3, wp::float64> adj_13 = {};
    wp::vec_t<3, wp::float64> adj_14 = {};
    wp::mat_t<3, 3, wp::float64> adj_15 = {};
    //---------
    // forward
    // def spectra(A: wp.array(dtype=wp.mat33d), out: wp.array(dtype=wp.vec3d), Q: wp.array(dtype=wp.mat33d)):       <L 16>
    // i = wp.tid()                                                                           <L 17>
    var_0 = builtin_tid1d();
    // S = A[i] + wp.transpose(A[i])                                                          <L 18>
    var_1 = wp::address(var_A, var_0);
    var_2 = wp::address(var_A, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::transpose(var_4);
    var_6 = wp::load(var_1);
    var_5 = wp::add(var_6, var_3);
    // vecs, vals = wp.eig3(S)                                                                <L 19>
    wp::eig3(var_5, var_7, var_8);
    // q, r = wp.qr3(A[i])                                                                    <L 20>
    var_9 = wp::address(var_A, var_0);
    var_12 = wp::load(var_9);
    wp::qr3(var_12, var_10, var_11);
    // out[i] = vals + wp.get_diag(r)                                                         <L 21>
    var_13 = wp::get_diag(var_11);
    var_14 = wp::add(var_8, var_13);
    // wp::array_store(var_out, var_0, var_14);
    // Q[i] = vecs * q                                                                        <L 22>
    var_15 = wp::mul(var_7, var_10);
    // wp::array_store(var_Q, var_0, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_Q, var_0, var_15, adj_Q, adj_0, adj_15);
    wp::adj_mul(var_7, var_10, adj_7, adj_10, adj_15);
    // adj: Q[i] = vecs * q                                                                   <L 22>
    wp::adj_array_store(var_out, var_0, var_14, adj_out, adj_0, adj_14);
    wp::adj_add(var_8, var_13, adj_8, adj_13, adj_14);
    wp::adj_get_diag(var_11, adj_11, adj_13);
    // adj: out[i] = vals + wp.get_diag(r)                                                    <L 21>
    wp::adj_qr3(var_12, var_10, var_11, adj_9, adj_10, adj_11);
    wp::adj_address(var_A, var_0, adj_A, adj_0, adj_9);
    // adj: q, r = wp.qr3(A[i])                                                               <L 20>
    wp::adj_eig3(var_5, var_7, var_8, adj_5, adj_7, adj_8);
    // adj: vecs, vals = wp.eig3(S)                                                           <L 19>
    wp::adj_add(var_6, var_3, adj_1, adj_3, adj_5);
    wp::adj_transpose(var_4, adj_2, adj_3);
    wp::adj_address(var_A, var_0, adj_A, adj_0, adj_2);
    wp::adj_address(var_A, var_0, adj_A, adj_0, adj_1);
    // adj: S = A[i] + wp.transpose(A[i])                                                     <L 18>
    // adj: i = wp.tid()                                                                      <L 17>
    // adj: def spectra(A: wp.array(dtype=wp.mat33d), out: wp.array(dtype=wp.vec3d), Q: wp.array(dtype=wp.mat33d)):  <L 16>
    return;
}



struct spectra_e751e7a1_cpu_block_payload_forward
{
    wp_args_spectra_e751e7a1* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void spectra_e751e7a1_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    spectra_e751e7a1_cpu_block_payload_forward* payload = (spectra_e751e7a1_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    spectra_e751e7a1_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void spectra_e751e7a1_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_spectra_e751e7a1 *_wp_args)
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
        spectra_e751e7a1_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &spectra_e751e7a1_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct spectra_e751e7a1_cpu_block_payload_backward
{
    wp_args_spectra_e751e7a1* args;
    wp_args_spectra_e751e7a1* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void spectra_e751e7a1_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    spectra_e751e7a1_cpu_block_payload_backward* payload = (spectra_e751e7a1_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    spectra_e751e7a1_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void spectra_e751e7a1_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_spectra_e751e7a1 *_wp_args,
    wp_args_spectra_e751e7a1 *_wp_adj_args)
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
        spectra_e751e7a1_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &spectra_e751e7a1_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

